package gg.arena.tick.sim;

import gg.arena.tick.wire.Packet.Snapshot;

/**
 * The client side of delta snapshots: decodes each against the baseline it names, remembers the result,
 * and acknowledges only the snapshots it could decode (so the server never picks a baseline the client
 * does not have).
 */
public final class SnapshotReceiver {

    private final WorldView[] views = new WorldView[SnapshotHistory.SIZE];
    private final int[] sequences = new int[SnapshotHistory.SIZE];
    private final SequenceAcks acks = new SequenceAcks(16);
    private WorldView latest;
    private long latestTick = -1;
    private long undecodable;

    public SnapshotReceiver() {
        java.util.Arrays.fill(sequences, -1);
    }

    /** The decoded world, or null when the baseline is unknown or the delta does not fit it. */
    public WorldView receive(Snapshot s) {
        WorldView base = null;
        if (!s.full()) {
            int i = s.baseline() % SnapshotHistory.SIZE;
            if (sequences[i] != s.baseline()) {
                undecodable++;
                return null;
            }
            base = views[i];
        }
        WorldView world = DeltaCodec.apply(base, s);
        if (world == null) {
            undecodable++;
            return null;
        }
        int i = s.snapshotSequence() % SnapshotHistory.SIZE;
        views[i] = world;
        sequences[i] = s.snapshotSequence();
        acks.received(s.snapshotSequence());
        if (world.tick() > latestTick) {
            latestTick = world.tick();
            latest = world;
        }
        return world;
    }

    public WorldView latest() {
        return latest;
    }

    public int ack() {
        return acks.hasAny() ? (int) acks.newest() : 0xFFFF;
    }

    public int ackBits() {
        return acks.hasAny() ? acks.bits() : 0;
    }

    public long undecodable() {
        return undecodable;
    }
}
