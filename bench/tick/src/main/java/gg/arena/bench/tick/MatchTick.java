package gg.arena.bench.tick;

import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.sim.GameRules;
import gg.arena.tick.sim.MatchListener;
import gg.arena.tick.sim.MatchSimulation;
import gg.arena.tick.sim.SnapshotHistory;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Wire;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One server tick of one match, without the network: every player's input is offered, the world is
 * stepped, and a delta snapshot is built, encoded and signed for every player, who acknowledges it.
 * What the server's event loop does per match per tick, minus the socket write.
 */
public final class MatchTick {

    private final MatchSimulation sim;
    private final SnapshotHistory[] histories;
    private final PacketAuth[] auths;
    private final InputCommand[] inputs = new InputCommand[64];
    private final ByteBuffer out = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
    private final int players;
    private long inputTick;
    private long sequence;

    public MatchTick(int players, long seed) {
        this.players = players;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            ids.add("p-" + i);
        }
        sim = new MatchSimulation("m-bench", ids, GameRules.defaults().withDuration(Duration.ofDays(365)), seed,
                MatchListener.NONE);
        histories = new SnapshotHistory[players];
        auths = new PacketAuth[players];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < players; i++) {
            histories[i] = new SnapshotHistory();
            byte[] key = new byte[32];
            key[0] = (byte) i;
            auths[i] = new PacketAuth(key);
        }
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = new InputCommand(random.nextInt(255) - 127, random.nextInt(255) - 127,
                    random.nextInt(65536), random.nextInt(3) == 0 ? InputCommand.FIRE : 0);
        }
    }

    /** Runs one tick; returns the snapshot bytes encoded (so the work cannot be optimised away). */
    public int tick() {
        long t = inputTick++;
        for (int slot = 0; slot < players; slot++) {
            sim.offerInput(slot, t, inputs[(int) ((t + slot * 7) & 63)]);
        }
        sim.step();
        int bytes = 0;
        for (int slot = 0; slot < players; slot++) {
            // As the server does: delta-encoded and signed straight into the buffer, nothing built.
            out.clear();
            bytes += histories[slot].writeNext(out, sequence++, sim.view(), t, -1, auths[slot]);
            histories[slot].acknowledged(out.getShort(9) & 0xFFFF, -1); // the client got it
        }
        return bytes;
    }

    /** Simulation only. */
    public long step() {
        long t = inputTick++;
        for (int slot = 0; slot < players; slot++) {
            sim.offerInput(slot, t, inputs[(int) ((t + slot * 7) & 63)]);
        }
        sim.step();
        return sim.tick();
    }
}
