package gg.arena.clients.bot;

import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.client.TickClient;
import gg.arena.tick.wire.InputCommand;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Random;

/**
 * Plays one connection: handshake, then random but valid inputs at the bot's tick rate (a direction
 * held for a while, an aim that turns, fire now and then) while reading snapshots, until the duration
 * is over or the server disconnects it.
 */
final class BotPlayer {

    private BotPlayer() {
    }

    static PlayerReport play(String player, String matchId, InetSocketAddress server, ConnectToken token,
                             BotOptions options, long seed) {
        Random random = new Random(seed);
        try (TickClient client = new TickClient(server, token, options.lossUp(), options.lossDown(), seed)) {
            if (!client.connect(Duration.ofSeconds(10))) {
                String why = client.handshake().deniedFor() == null ? "handshake timed out"
                        : "denied: " + client.handshake().deniedFor();
                return PlayerReport.failed(player, matchId, why);
            }
            long period = 1_000_000_000L / options.tickRate();
            long start = System.nanoTime();
            long end = start + options.duration().toNanos();
            long next = start;
            InputCommand input = InputCommand.IDLE;
            int aim = random.nextInt(65536);
            while (System.nanoTime() < end && client.disconnect() == null) {
                long now = System.nanoTime();
                if (now >= next) {
                    if (random.nextInt(15) == 0) {
                        input = new InputCommand(random.nextInt(255) - 127, random.nextInt(255) - 127, 0, 0);
                    }
                    aim = (aim + random.nextInt(2001) - 1000) & 0xFFFF;
                    int buttons = random.nextInt(4) == 0 ? InputCommand.FIRE : 0;
                    client.sendInput(new InputCommand(input.moveX(), input.moveY(), aim, buttons));
                    next += period;
                    if (next < now) {
                        next = now + period; // fell behind (a slow machine): do not burst to catch up
                    }
                }
                long waitMillis = Math.max(1, (next - System.nanoTime()) / 1_000_000);
                client.receive(Duration.ofMillis(waitMillis));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new PlayerReport(player, matchId, true, seconds, client.handshake().accepted().tickRate(),
                    client.snapshotsReceived(), client.lateSnapshots(), client.undecodableSnapshots(),
                    client.rejected(), client.bytesIn(), client.bytesOut(), client.rttNanos(),
                    client.disconnect() == null ? null : String.valueOf(client.disconnect().reason()), null);
        } catch (IOException | RuntimeException e) {
            return PlayerReport.failed(player, matchId, e.toString());
        }
    }
}
