package gg.arena.tick.sim;

import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.wire.DecodeResult;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Packet.Snapshot;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.Wire;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's allocation-free snapshot path ({@link SnapshotHistory#writeNext}) against the reference path
 * (build the {@link Snapshot}, then {@link PacketCodec#encode}): the same bytes for every tick of a played
 * match (two matches, 8,000 ticks), with acknowledgements arriving late and with holes; and the 16-bit
 * sequence wrap, where 0xFFFF means "no baseline".
 */
class SnapshotWriteTest {

    static final byte[] KEY = new byte[32];

    @Test
    void writeNextEncodesExactlyWhatNextAndTheCodecEncode() {
        Random random = new Random(42);
        MatchSimulation sim = new MatchSimulation("m-1", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
                GameRules.defaults(), 3, MatchListener.NONE);
        SnapshotHistory reference = new SnapshotHistory();
        SnapshotHistory fast = new SnapshotHistory();
        PacketAuth authA = new PacketAuth(KEY);
        PacketAuth authB = new PacketAuth(KEY);
        ByteBuffer expected = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
        ByteBuffer actual = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
        int fullSnapshots = 0;
        int deltas = 0;
        for (int t = 0; t < 8_000; t++) {
            for (int slot = 0; slot < 10; slot++) {
                if (random.nextInt(8) == 0) {
                    sim.offerInput(slot, t, new InputCommand(random.nextInt(255) - 127, random.nextInt(255) - 127,
                            random.nextInt(65536), random.nextInt(3) == 0 ? InputCommand.FIRE : 0));
                }
            }
            sim.step();
            if (sim.ended()) {
                sim = new MatchSimulation("m-" + t, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
                        GameRules.defaults(), t, MatchListener.NONE);
            }
            if (t > 3 && random.nextInt(4) != 0) {
                // The client acknowledges a recent snapshot, sometimes with holes, sometimes none for a while.
                int newest = (t - 1 - random.nextInt(3)) & 0xFFFF;
                int bits = random.nextInt();
                reference.acknowledged(newest, bits);
                fast.acknowledged(newest, bits);
            }
            Snapshot s = reference.next(t, sim.view(), t / 2, 0x0F0F);
            expected.clear();
            PacketCodec.encode(s, authA, expected);
            actual.clear();
            int n = fast.writeNext(actual, t, sim.view(), t / 2, 0x0F0F, authB);
            if (!Arrays.equals(actual.array(), 0, n, expected.array(), 0, expected.position())) {
                assertThat(Arrays.copyOf(actual.array(), n)).as("tick %d", t)
                        .isEqualTo(Arrays.copyOf(expected.array(), expected.position()));
            }
            if (s.full()) {
                fullSnapshots++;
            } else {
                deltas++;
            }
        }
        assertThat(fullSnapshots).isPositive();
        assertThat(deltas).isGreaterThan(fullSnapshots);
    }

    @Test
    void theSequenceThatMeansNoBaselineIsNeverUsedAsOne() {
        SnapshotHistory history = new SnapshotHistory();
        WorldView world = new WorldView(1, List.of(new PlayerView(0, 1, 2, 100, 0, 3)), List.of());
        for (int i = 0; i < 0xFFFF; i++) {
            history.next(i, world, 0, 0);
        }
        history.acknowledged(0xFFFE, 0);
        assertThat(history.baseline()).isEqualTo(0xFFFE);
        history.next(0xFFFF, world, 0, 0); // snapshot sequence 0xFFFF
        history.acknowledged(0xFFFF, 1); // acknowledges 0xFFFF and 0xFFFE
        assertThat(history.baseline()).isEqualTo(0xFFFE);
        Snapshot s = history.next(0x10000, world, 0, 0);
        ByteBuffer out = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
        PacketCodec.encode(s, new PacketAuth(KEY), out);
        Snapshot decoded = (Snapshot) ((DecodeResult.Decoded) PacketCodec.decode(out.flip())).packet();
        assertThat(decoded.baseline()).isEqualTo(0xFFFE);
    }
}
