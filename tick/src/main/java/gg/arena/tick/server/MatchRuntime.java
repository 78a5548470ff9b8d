package gg.arena.tick.server;

import gg.arena.tick.sim.MatchSimulation;
import gg.arena.tick.wire.DecodeResult;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.RejectReason;
import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;

import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One match on the server: its simulation and peers, all owned by one event loop. Every method but the
 * constructor and {@link #start()} runs on that loop, so no state here is synchronized.
 */
final class MatchRuntime {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MatchRuntime.class);

    /** DISCONNECT reasons. */
    static final int QUIT = 0;
    static final int MATCH_OVER = 1;
    static final int TIMED_OUT = 2;
    static final int REPLACED = 3;

    private final MatchSimulation sim;
    private final EventLoop loop;
    private final MatchRegistry registry;
    private final TickMetrics metrics;
    private final long idleTimeoutMillis;
    private final Peer[] peers;
    private final long periodNanos;
    private volatile boolean over;
    private ScheduledFuture<?> ticking;
    private long dueNanos;

    MatchRuntime(MatchSimulation sim, EventLoop loop, MatchRegistry registry, TickMetrics metrics,
                 long idleTimeoutMillis) {
        this.sim = sim;
        this.loop = loop;
        this.registry = registry;
        this.metrics = metrics;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.peers = new Peer[sim.playerIds().size()];
        this.periodNanos = sim.rules().tickNanos();
    }

    String matchId() {
        return sim.matchId();
    }

    int slotOf(String playerId) {
        return sim.slotOf(playerId);
    }

    boolean over() {
        return over;
    }

    EventLoop loop() {
        return loop;
    }

    void start() {
        loop.execute(() -> {
            dueNanos = System.nanoTime() + periodNanos;
            ticking = loop.scheduleAtFixedRate(this::tick, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
        });
    }

    /** A client finished its handshake: it takes its slot (replacing an earlier connection of the player). */
    void join(Peer peer) {
        if (over) {
            registry.removePeer(peer);
            return;
        }
        Peer old = peers[peer.slot];
        if (old != null && old != peer) {
            drop(old, REPLACED);
        }
        peers[peer.slot] = peer;
        sim.setConnected(peer.slot, true);
        sendAccepted(peer);
    }

    private void sendAccepted(Peer peer) {
        Datagrams.send(peer.channel, peer.connection.address(), new Packet.ConnectionAccepted(
                peer.connection.nextOutboundSequence(), peer.slot, sim.rules().tickRate(), sim.tick()),
                peer.connection.outbound(), metrics);
    }

    /**
     * A datagram from a connected peer: tag, then replay window, then decode. Any failure drops just this
     * datagram and counts it; the connection and the match go on, because a forged or damaged packet must
     * not cost the honest client its game.
     */
    void receive(Peer peer, ByteBuf content, long nowMillis) {
        if (peer.closed || peers[peer.slot] != peer) {
            metrics.dropped(RejectReason.UNKNOWN_CONNECTION);
            return;
        }
        ByteBuffer datagram = content.nioBuffer();
        if (!peer.connection.inbound().verify(datagram, datagram.position(), datagram.limit())) {
            metrics.dropped(RejectReason.BAD_TAG);
            return;
        }
        DecodeResult decoded = PacketCodec.decode(datagram);
        if (decoded instanceof DecodeResult.Rejected(RejectReason reason)) {
            metrics.dropped(reason);
            return;
        }
        Packet packet = ((DecodeResult.Decoded) decoded).packet();
        if (!peer.connection.replay().checkAndAccept(packet.sequenceOrZero())) {
            metrics.dropped(RejectReason.REPLAYED);
            return;
        }
        peer.connection.received(nowMillis);
        switch (packet) {
            case Packet.Input input -> {
                peer.snapshots.acknowledged(input.snapshotAck(), input.snapshotAckBits());
                peer.inputAcks.received(input.tick());
                for (int k = 0; k < input.inputs().size(); k++) {
                    InputCommand c = input.inputs().get(k);
                    sim.offerInput(peer.slot, input.tick() - k, c);
                }
            }
            case Packet.KeepAlive k -> {
            }
            case Packet.ChallengeResponse r -> sendAccepted(peer); // our accept was lost: say it again
            case Packet.Disconnect d -> drop(peer, -1);
            default -> metrics.dropped(RejectReason.UNEXPECTED);
        }
    }

    /**
     * The scheduled tick. Failure policy: an exception here is a bug of ours in this match's simulation; the
     * match is stopped (its players disconnected, no result stored) rather than retried every tick, and
     * the event loop goes on serving every other match. Letting it escape would silently cancel the
     * schedule and leave the players connected to a frozen match.
     */
    private void tick() {
        try {
            step();
        } catch (RuntimeException e) {
            log.error("match {} failed in its tick and is stopped; its result is not stored", sim.matchId(), e);
            stopNow(QUIT);
        }
    }

    private void step() {
        long start = System.nanoTime();
        boolean late = start - dueNanos > periodNanos;
        dueNanos += periodNanos;
        if (late) {
            // Do not try to catch up a backlog of ticks in a burst: resynchronise to now.
            dueNanos = start + periodNanos;
        }
        sim.step();
        long nowMillis = System.currentTimeMillis();
        for (Peer peer : peers) {
            if (peer == null) {
                continue;
            }
            if (nowMillis - peer.connection.lastReceivedMillis() > idleTimeoutMillis) {
                drop(peer, TIMED_OUT);
                continue;
            }
            long inputAck = peer.inputAcks.hasAny() ? peer.inputAcks.newest() : 0;
            Packet.Snapshot snapshot = peer.snapshots.next(peer.connection.nextOutboundSequence(), sim.view(),
                    inputAck, peer.inputAcks.bits());
            Datagrams.write(peer.channel, peer.connection.address(), snapshot, peer.connection.outbound(), metrics);
            flushLater(peer.channel);
        }
        flushAll();
        if (sim.ended()) {
            end();
        }
        metrics.ticked(System.nanoTime() - start, late);
    }

    /** The sockets written to this tick (usually one or two: one per SO_REUSEPORT socket). */
    private final io.netty.channel.Channel[] toFlush = new io.netty.channel.Channel[8];
    private int toFlushCount;

    private void flushLater(io.netty.channel.Channel channel) {
        for (int i = 0; i < toFlushCount; i++) {
            if (toFlush[i] == channel) {
                return;
            }
        }
        if (toFlushCount == toFlush.length) {
            channel.flush();
            return;
        }
        toFlush[toFlushCount++] = channel;
    }

    private void flushAll() {
        for (int i = 0; i < toFlushCount; i++) {
            toFlush[i].flush();
            toFlush[i] = null;
        }
        toFlushCount = 0;
    }

    private void end() {
        stopNow(MATCH_OVER);
    }

    /** Stops the match without a result (server shutting down). */
    void stop() {
        loop.execute(() -> stopNow(QUIT));
    }

    private void stopNow(int reason) {
        over = true;
        if (ticking != null) {
            ticking.cancel(false);
        }
        for (Peer peer : peers) {
            if (peer != null) {
                drop(peer, reason);
            }
        }
        registry.remove(this);
    }

    private void drop(Peer peer, int reason) {
        if (reason >= 0) {
            Datagrams.send(peer.channel, peer.connection.address(),
                    new Packet.Disconnect(peer.connection.nextOutboundSequence(), reason),
                    peer.connection.outbound(), metrics);
        }
        peer.closed = true;
        if (peers[peer.slot] == peer) {
            peers[peer.slot] = null;
            sim.setConnected(peer.slot, false);
        }
        registry.removePeer(peer);
    }

    int connectedPeers() {
        int n = 0;
        for (Peer p : peers) {
            if (p != null) {
                n++;
            }
        }
        return n;
    }
}
