package gg.arena.clients.bot;

import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.client.ClientSession;
import gg.arena.tick.client.ClientSwarm;
import gg.arena.tick.wire.InputCommand;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Plays one connection on the bot's shared {@link ClientSwarm}: handshake, then random but valid inputs at
 * the bot's tick rate (a direction held for a while, an aim that turns, fire now and then) while snapshots
 * are read, until the duration is over or the server disconnects it.
 */
final class BotPlayer {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private BotPlayer() {
    }

    /** Blocks the calling (virtual) thread until this player is done. */
    static PlayerReport play(ClientSwarm swarm, String player, String matchId, InetSocketAddress server,
                             ConnectToken token, BotOptions options, long seed) throws InterruptedException {
        try {
            ClientSwarm.Result r = swarm.add(server, token, options.lossUp(), options.lossDown(), seed, inputs(seed),
                            CONNECT_TIMEOUT, options.duration())
                    .get(CONNECT_TIMEOUT.plus(options.duration()).toSeconds() + 30, TimeUnit.SECONDS);
            ClientSession s = r.session();
            if (!r.connected()) {
                return PlayerReport.failed(player, matchId, r.failure());
            }
            return new PlayerReport(player, matchId, true, r.secondsPlayed(),
                    s.handshake().accepted().tickRate(), s.snapshotsReceived(), s.lateSnapshots(),
                    s.undecodableSnapshots(), s.rejected(), s.bytesIn(), s.bytesOut(), s.rttNanos(),
                    s.disconnect() == null ? null : String.valueOf(s.disconnect().reason()), null);
        } catch (ExecutionException | TimeoutException e) {
            return PlayerReport.failed(player, matchId, e.toString());
        }
    }

    /** The bot's way of playing, called at the tick rate on the swarm's event loop. */
    static Supplier<InputCommand> inputs(long seed) {
        Random random = new Random(seed);
        int[] move = {0, 0};
        int[] aim = {random.nextInt(65536)};
        return () -> {
            if (random.nextInt(15) == 0) {
                move[0] = random.nextInt(255) - 127;
                move[1] = random.nextInt(255) - 127;
            }
            aim[0] = (aim[0] + random.nextInt(2001) - 1000) & 0xFFFF;
            int buttons = random.nextInt(4) == 0 ? InputCommand.FIRE : 0;
            return new InputCommand(move[0], move[1], aim[0], buttons);
        };
    }
}
