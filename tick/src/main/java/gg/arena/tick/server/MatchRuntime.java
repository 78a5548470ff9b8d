package gg.arena.tick.server;

import gg.arena.tick.sim.MatchSimulation;
import gg.arena.tick.wire.DecodeResult;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.RejectReason;
import gg.arena.tick.wire.Wire;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;

import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One match on the server: its simulation and peers, all owned by one event loop. Every method but the
 * constructor and {@link #start()} runs on that loop, so no state here is synchronized.
 *
 * <p>Scheduling: tick n is due at start + n periods (a fixed grid, never moved by a late tick). Each tick
 * schedules the next for its due time. A tick that starts late still runs (and counts as missed when it is
 * more than a period late); after a stall of more than {@link #MAX_CATCH_UP} periods the backlog is not
 * replayed in a burst: those ticks are skipped (and counted missed) and the match goes on from the newest
 * due tick. Sending: the match writes through the socket owned by its own event loop (all sockets share the
 * port with SO_REUSEPORT, so clients see one server address), so a tick's sends are direct system calls in
 * the tick, not tasks handed to another thread.
 */
final class MatchRuntime {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MatchRuntime.class);

    /** DISCONNECT reasons. */
    static final int QUIT = 0;
    static final int MATCH_OVER = 1;
    static final int TIMED_OUT = 2;
    static final int REPLACED = 3;

    /** Periods a match may fall behind and still replay its due ticks; beyond, they are skipped. */
    static final int MAX_CATCH_UP = 3;

    private final MatchSimulation sim;
    private final EventLoop loop;
    private final Channel channel;
    /** Encode and verify buffers on the heap: HMAC runs on arrays without a view per datagram. */
    private final ByteBuffer out = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
    private final ByteBuffer in = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
    private final MatchRegistry registry;
    private final TickMetrics metrics;
    private final long idleTimeoutMillis;
    private final Peer[] peers;
    private final long periodNanos;
    private volatile boolean over;
    private ScheduledFuture<?> ticking;
    private long dueNanos;

    MatchRuntime(MatchSimulation sim, EventLoop loop, Channel channel, MatchRegistry registry, TickMetrics metrics,
                 long idleTimeoutMillis) {
        this.sim = sim;
        this.loop = loop;
        this.channel = channel;
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

    /**
     * Starts ticking. {@code phase} (0..1) places this match's ticks within the period, so the matches of
     * one event loop take turns instead of all falling due at once and queueing behind each other.
     */
    void start(double phase) {
        long offset = (long) (phase * periodNanos);
        loop.execute(() -> {
            dueNanos = System.nanoTime() + periodNanos + offset;
            ticking = loop.schedule(this::tick, periodNanos + offset, TimeUnit.NANOSECONDS);
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

    /**
     * The peer asked to connect again with the token of this connection, from its address: our accept was
     * lost and its cookie expired meanwhile. It hears the accept again, and the request counts as a sign of
     * life, so the peer is not timed out while it tries.
     */
    void acceptAgain(Peer peer, long nowMillis) {
        if (peer.closed || peers[peer.slot] != peer) {
            return;
        }
        peer.connection.received(nowMillis);
        sendAccepted(peer);
    }

    private void sendAccepted(Peer peer) {
        Datagrams.send(channel, peer.connection.address(), new Packet.ConnectionAccepted(
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
        int length = content.readableBytes();
        if (length > in.capacity()) {
            metrics.dropped(RejectReason.TOO_LONG); // checked by the handler already; never trust it twice
            return;
        }
        content.getBytes(content.readerIndex(), in.array(), 0, length);
        ByteBuffer datagram = in.clear().limit(length);
        if (!peer.connection.inbound().verify(datagram, 0, length)) {
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
        if (over) {
            return;
        }
        try {
            step();
        } catch (RuntimeException e) {
            log.error("match {} failed in its tick and is stopped; its result is not stored", sim.matchId(), e);
            stopNow(QUIT);
            return;
        }
        if (!over) {
            ticking = loop.schedule(this::tick, Math.max(0, dueNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private void step() {
        long start = System.nanoTime();
        long behind = (start - dueNanos) / periodNanos;
        if (behind > MAX_CATCH_UP) {
            // A stall: run the newest due tick now, skip the ones before it rather than replay them in a burst.
            metrics.skipped(behind);
            dueNanos += behind * periodNanos;
        }
        long startDelay = Math.max(0, start - dueNanos);
        dueNanos += periodNanos;
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
            out.clear();
            int n = peer.snapshots.writeNext(out, peer.connection.nextOutboundSequence(), sim.view(), inputAck,
                    peer.inputAcks.bits(), peer.connection.outbound());
            Datagrams.write(channel, peer.connection.address(), out.array(), n, metrics);
        }
        // One flush: epoll hands the tick's snapshots to the kernel in one sendmmsg call.
        channel.flush();
        if (sim.ended()) {
            end();
        }
        metrics.ticked(System.nanoTime() - start, startDelay, periodNanos);
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
        // Unlisted before the players are told, so a client that hears "over" never finds it still running.
        registry.remove(this);
        for (Peer peer : peers) {
            if (peer != null) {
                drop(peer, reason);
            }
        }
    }

    private void drop(Peer peer, int reason) {
        if (reason >= 0) {
            Datagrams.send(channel, peer.connection.address(),
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
