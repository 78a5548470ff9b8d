package gg.arena.tick.server;

import gg.arena.tick.handshake.Connection;
import gg.arena.tick.sim.SequenceAcks;
import gg.arena.tick.sim.SnapshotHistory;
import io.netty.channel.Channel;

/** A connection in a running match: its slot, the socket it talks through, and its snapshot state. */
final class Peer {

    final Connection connection;
    final MatchRuntime match;
    final int slot;
    final Channel channel;
    final SnapshotHistory snapshots = new SnapshotHistory();
    final SequenceAcks inputAcks = new SequenceAcks(32);
    volatile boolean closed;

    Peer(Connection connection, MatchRuntime match, int slot, Channel channel) {
        this.connection = connection;
        this.match = match;
        this.slot = slot;
        this.channel = channel;
    }
}
