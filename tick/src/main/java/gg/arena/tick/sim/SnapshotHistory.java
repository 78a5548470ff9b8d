package gg.arena.tick.sim;

import gg.arena.tick.wire.Packet.Snapshot;

/**
 * The snapshots recently sent to one client, by 16-bit snapshot sequence, and the choice of baseline: the
 * newest one the client has acknowledged that is still remembered; none means a full snapshot.
 */
public final class SnapshotHistory {

    public static final int SIZE = 64;

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
            if ((d == 0 || (ackBits & (1 << (d - 1))) != 0) && known(seq)
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
}
