package gg.arena.tick.sim;

import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.wire.DecodeResult;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Packet.Snapshot;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.Wire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A match streamed over a lossy channel both ways: snapshots that arrive decode to exactly the server's
 * world, deltas are used, and inputs survive single losses thanks to the redundant previous inputs.
 */
class LossToleranceTest {

    @ParameterizedTest(name = "{0}% loss")
    @ValueSource(ints = {0, 5, 10, 20})
    void snapshotsDecodeExactlyUnderLoss(int lossPercent) {
        Random random = new Random(lossPercent);
        MatchSimulation m = new MatchSimulation("m-1", List.of("a", "b", "c"), GameRules.defaults(), 3,
                MatchListener.NONE);
        SnapshotHistory history = new SnapshotHistory();
        SnapshotReceiver receiver = new SnapshotReceiver();
        PacketAuth auth = new PacketAuth(new byte[32]);
        int received = 0;
        int deltas = 0;
        for (int t = 0; t < 600; t++) {
            for (int slot = 0; slot < 3; slot++) {
                m.offerInput(slot, t, new InputCommand(random.nextInt(255) - 127, random.nextInt(255) - 127,
                        random.nextInt(65536), random.nextInt(2)));
            }
            m.step();
            Snapshot s = history.next(t, m.view(), 0, 0);
            ByteBuffer buf = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
            PacketCodec.encode(s, auth, buf);
            if (random.nextInt(100) < lossPercent) {
                continue; // lost on the way down
            }
            Snapshot decoded = (Snapshot) ((DecodeResult.Decoded) PacketCodec.decode(buf.flip())).packet();
            WorldView world = receiver.receive(decoded);
            assertThat(world).isEqualTo(m.view());
            received++;
            if (!decoded.full()) {
                deltas++;
            }
            if (random.nextInt(100) >= lossPercent) {
                history.acknowledged(receiver.ack(), receiver.ackBits()); // the input carrying acks arrived
            }
        }
        assertThat(receiver.undecodable()).isZero();
        assertThat(received).isGreaterThan(600 * (100 - lossPercent) / 100 - 60);
        assertThat(deltas).isGreaterThan(received / 2);
    }

    @ParameterizedTest(name = "{0}% loss")
    @ValueSource(ints = {5, 10, 20, 50})
    void burstsOfUpToThreeLostInputPacketsLoseNoInput(int lossPercent) {
        Random random = new Random(lossPercent);
        InputBuffer buffer = new InputBuffer();
        InputCommand[] sent = new InputCommand[600];
        int run = 0;
        int lost = 0;
        long expected = 0;
        for (int t = 0; t < sent.length; t++) {
            sent[t] = new InputCommand(random.nextInt(255) - 127, random.nextInt(255) - 127, t, 0);
            boolean drop = t > 0 && run < Wire.MAX_INPUTS - 1 && random.nextInt(100) < lossPercent;
            if (drop) {
                run++;
                lost++;
            } else {
                run = 0;
                // the packet of tick t carries t, t-1, t-2, t-3
                for (int k = 0; k < Wire.MAX_INPUTS && t - k >= 0; k++) {
                    buffer.offer(t - k, sent[t - k]);
                }
            }
            long before = buffer.lastTakenTick();
            InputCommand used = buffer.take();
            if (buffer.lastTakenTick() != before) {
                assertThat(buffer.lastTakenTick()).isEqualTo(expected);
                assertThat(used).isEqualTo(sent[(int) expected]);
                expected++;
            }
        }
        assertThat(lost).isGreaterThan(0);
        assertThat(expected).isGreaterThan(sent.length - Wire.MAX_INPUTS);
    }
}
