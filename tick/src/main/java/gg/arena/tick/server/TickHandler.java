package gg.arena.tick.server;

import gg.arena.tick.auth.SessionKeys;
import gg.arena.tick.handshake.Connection;
import gg.arena.tick.handshake.HandshakeResult;
import gg.arena.tick.handshake.ServerHandshake;
import gg.arena.tick.wire.DecodeResult;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.PacketType;
import gg.arena.tick.wire.RejectReason;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.Wire;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * Reads datagrams of one socket. Cheap checks come first (size, rate, type), so junk is dropped before
 * any work or state is spent on it; handshakes are answered here (stateless until the response checks
 * out); packets of connected clients go to the event loop that owns their match.
 *
 * <p>Failure policy: every bad datagram is counted and dropped, never answered and never thrown, and the
 * handler keeps serving: one client's garbage must not stop the server for everyone else.
 */
final class TickHandler extends SimpleChannelInboundHandler<DatagramPacket> {

    private static final Logger log = LoggerFactory.getLogger(TickHandler.class);

    private final MatchRegistry registry;
    private final ServerHandshake handshake;
    private final TickMetrics metrics;
    private final AddressRateLimiter limiter;

    TickHandler(MatchRegistry registry, ServerHandshake handshake, TickMetrics metrics, int packetsPerSecond) {
        super(false); // released by hand: a connected peer's datagram is released on its match's loop
        this.registry = registry;
        this.handshake = handshake;
        this.metrics = metrics;
        this.limiter = new AddressRateLimiter(packetsPerSecond);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket msg) {
        ByteBuf content = msg.content();
        InetSocketAddress from = msg.sender();
        boolean handedOver = false;
        try {
            int length = content.readableBytes();
            metrics.received(length);
            long now = System.currentTimeMillis();
            if (length > Wire.MAX_PACKET_BYTES) {
                metrics.dropped(RejectReason.TOO_LONG);
                return;
            }
            if (length < 1) {
                metrics.dropped(RejectReason.TOO_SHORT);
                return;
            }
            if (!limiter.allow(from, now)) {
                metrics.dropped(RejectReason.RATE_LIMITED);
                return;
            }
            PacketType type = PacketType.ofCode(content.getUnsignedByte(content.readerIndex()));
            if (type == null) {
                metrics.dropped(RejectReason.UNKNOWN_TYPE);
                return;
            }
            Peer peer = registry.peer(from);
            if (peer != null && type != PacketType.CONNECTION_REQUEST) {
                handedOver = true;
                if (peer.match.loop().inEventLoop()) {
                    try {
                        peer.match.receive(peer, content, now);
                    } finally {
                        content.release();
                    }
                } else {
                    peer.match.loop().execute(() -> {
                        try {
                            peer.match.receive(peer, content, System.currentTimeMillis());
                        } finally {
                            content.release();
                        }
                    });
                }
                return;
            }
            switch (type) {
                case CONNECTION_REQUEST -> onRequest(ctx, content, from, now);
                case CHALLENGE_RESPONSE -> onResponse(ctx, content, from, now);
                default -> metrics.dropped(RejectReason.UNKNOWN_CONNECTION);
            }
        } finally {
            if (!handedOver) {
                content.release();
            }
        }
    }

    private void onRequest(ChannelHandlerContext ctx, ByteBuf content, InetSocketAddress from, long now) {
        if (content.readableBytes() != Wire.CONNECTION_REQUEST_BYTES) {
            metrics.dropped(content.readableBytes() < Wire.CONNECTION_REQUEST_BYTES
                    ? RejectReason.TOO_SHORT : RejectReason.TOO_LONG);
            return;
        }
        DecodeResult decoded = PacketCodec.decode(content.nioBuffer());
        if (decoded instanceof DecodeResult.Rejected(RejectReason reason)) {
            metrics.dropped(reason);
            return;
        }
        Packet.ConnectionRequest request = (Packet.ConnectionRequest) ((DecodeResult.Decoded) decoded).packet();
        switch (handshake.onRequest(request, from, now)) {
            case HandshakeResult.Reply reply -> Datagrams.send(ctx.channel(), from, reply.datagram(), metrics);
            case HandshakeResult.Deny deny -> {
                metrics.dropped(deny.reason());
                Datagrams.send(ctx.channel(), from, deny.datagram(), metrics);
            }
            case HandshakeResult.Reject reject -> metrics.dropped(reject.reason());
            case HandshakeResult.AlreadyConnected again -> {
                Peer peer = registry.peer(from);
                if (peer != null) {
                    peer.match.loop().execute(() -> peer.match.acceptAgain(peer, System.currentTimeMillis()));
                }
            }
            case HandshakeResult.Accept accept -> throw new IllegalStateException("a request is never accepted");
        }
    }

    private void onResponse(ChannelHandlerContext ctx, ByteBuf content, InetSocketAddress from, long now) {
        ByteBuffer datagram = content.nioBuffer();
        DecodeResult decoded = PacketCodec.decode(datagram);
        if (decoded instanceof DecodeResult.Rejected(RejectReason reason)) {
            metrics.dropped(reason);
            return;
        }
        Packet.ChallengeResponse response = (Packet.ChallengeResponse) ((DecodeResult.Decoded) decoded).packet();
        switch (handshake.onResponse(datagram, response, from, now)) {
            case HandshakeResult.Accept accept -> connect(ctx, accept, from, now);
            case HandshakeResult.Reject reject -> metrics.dropped(reject.reason());
            case HandshakeResult.Deny deny -> metrics.dropped(deny.reason());
            case HandshakeResult.Reply reply -> throw new IllegalStateException("a response is never challenged");
            case HandshakeResult.AlreadyConnected again ->
                    throw new IllegalStateException("a connected address's response goes to its match");
        }
    }

    private void connect(ChannelHandlerContext ctx, HandshakeResult.Accept accept, InetSocketAddress from, long now) {
        MatchRuntime match = registry.match(accept.token().matchId());
        int slot = match == null ? -1 : match.slotOf(accept.token().playerId());
        if (match == null || slot < 0 || match.over()) {
            // The match ended between challenge and response: the client will see it on its next request.
            metrics.dropped(match == null || match.over() ? RejectReason.MATCH_OVER : RejectReason.NOT_A_PARTICIPANT);
            return;
        }
        SessionKeys keys = accept.keys();
        Connection connection = new Connection(accept.token().playerId(), match.matchId(), from,
                accept.token().nonce(), keys, now);
        connection.replay().accept(accept.responseSequence());
        Peer peer = new Peer(connection, match, slot, ctx.channel());
        registry.addPeer(peer);
        metrics.connected();
        match.loop().execute(() -> match.join(peer));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A bug of ours, not the sender's: log it and keep the socket open for everyone else.
        metrics.dropped(RejectReason.UNEXPECTED);
        log.warn("tick handler failed on a datagram; the socket keeps serving", cause);
    }
}
