package gg.arena.tick.sim;

import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.wire.Packet.Snapshot;
import gg.arena.tick.wire.PacketType;
import gg.arena.tick.wire.Wire;

import java.nio.ByteBuffer;

/**
 * The snapshots recently sent to one client, by 16-bit snapshot sequence, and the choice of baseline: the
 * newest one the client has acknowledged that is still remembered; none means a full snapshot.
 */
public final class SnapshotHistory {

    public static final int SIZE = 64;

    private static final int NO_BASELINE = 0xFFFF;

    private final WorldView[] views = new WorldView[SIZE];
    private final int[] sequences = new int[SIZE];
    private final SequenceAcks arithmetic = new SequenceAcks(16);
    private int nextSequence;
    private int ack = -1;
    private int ackBits;

    public SnapshotHistory() {
        java.util.Arrays.fill(sequences, -1);
    }

    /** Records the client's acknowledgements from an input packet (newest wins across wrap-around). */
    public void acknowledged(int newestAck, int bits) {
        if (ack < 0 || arithmetic.distance(newestAck, ack) >= 0) {
            ack = newestAck & 0xFFFF;
            ackBits = bits;
        }
    }

    /** The baseline sequence to delta against, or -1. */
    public int baseline() {
        if (ack < 0) {
            return -1;
        }
        for (int d = 0; d <= 32; d++) {
            int seq = (ack - d) & 0xFFFF;
            // 0xFFFF on the wire means "no baseline": that one sequence can never serve as a baseline.
            if (seq != NO_BASELINE && (d == 0 || (ackBits & (1 << (d - 1))) != 0) && known(seq)
                    && arithmetic.distance(nextSequence, seq) <= SIZE) {
                return seq;
            }
        }
        return -1;
    }

    public WorldView view(int sequence) {
        return known(sequence) ? views[sequence % SIZE] : null;
    }

    private boolean known(int sequence) {
        return sequences[sequence % SIZE] == sequence;
    }

    /** Builds the next snapshot of {@code current} against the best baseline and remembers it. */
    public Snapshot next(long packetSequence, WorldView current, long inputAck, int inputAckBits) {
        int baseline = baseline();
        WorldView base = baseline < 0 ? null : view(baseline);
        int seq = nextSequence;
        nextSequence = (nextSequence + 1) & 0xFFFF;
        views[seq % SIZE] = current;
        sequences[seq % SIZE] = seq;
        return new Snapshot(packetSequence, seq, baseline, current.tick(), inputAck, inputAckBits,
                DeltaCodec.players(base, current), DeltaCodec.projectiles(base, current));
    }

    /**
     * Does what {@link #next} does and encodes and signs the snapshot straight into {@code out} at its
     * position (which it advances), byte for byte as {@code PacketCodec.encode(next(...), auth, out)},
     * but without building the snapshot and its entries. Returns the number of bytes written.
     */
    public int writeNext(ByteBuffer out, long packetSequence, WorldView current, long inputAck, int inputAckBits,
                         PacketAuth auth) {
        int baseline = baseline();
        WorldView base = baseline < 0 ? null : view(baseline);
        int seq = nextSequence;
        nextSequence = (nextSequence + 1) & 0xFFFF;
        views[seq % SIZE] = current;
        sequences[seq % SIZE] = seq;
        int start = out.position();
        out.put((byte) PacketType.SNAPSHOT.code());
        out.putLong(packetSequence);
        out.putShort((short) seq);
        out.putShort((short) (baseline < 0 ? NO_BASELINE : baseline));
        out.putInt((int) current.tick());
        out.putInt((int) inputAck);
        out.putInt(inputAckBits);
        DeltaCodec.writePlayers(base, current, out);
        DeltaCodec.writeProjectiles(base, current, out);
        int end = out.position();
        auth.sign(out, start, end);
        out.position(end + Wire.TAG_BYTES);
        return out.position() - start;
    }
}
