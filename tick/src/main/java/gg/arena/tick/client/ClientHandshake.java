package gg.arena.tick.client;

import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.auth.ReplayWindow;
import gg.arena.tick.auth.SessionKeys;
import gg.arena.tick.wire.DecodeResult;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.Packet.ChallengeResponse;
import gg.arena.tick.wire.Packet.ConnectionRequest;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.RejectReason;
import gg.arena.tick.wire.Wire;

import java.nio.ByteBuffer;

/**
 * The client side of the handshake and of packet authentication, transport-free: feed it datagrams from
 * the server, send what it returns. Used by the bot and by the tests.
 */
public final class ClientHandshake {

    public enum State { REQUESTING, RESPONDING, CONNECTED, DENIED }

    private final ConnectToken token;
    private final PacketAuth outbound;
    private final PacketAuth inbound;
    private final ReplayWindow replay = new ReplayWindow();
    private State state = State.REQUESTING;
    private long nextSequence;
    private byte[] cookie;
    private Packet.ConnectionAccepted accepted;
    private RejectReason deniedFor;

    public ClientHandshake(ConnectToken token) {
        this.token = token;
        SessionKeys keys = SessionKeys.derive(token.sessionKey());
        this.outbound = new PacketAuth(keys.clientToServer());
        this.inbound = new PacketAuth(keys.serverToClient());
    }

    public State state() {
        return state;
    }

    public Packet.ConnectionAccepted accepted() {
        return accepted;
    }

    public RejectReason deniedFor() {
        return deniedFor;
    }

    /** The datagram to send now: the request, or the response once challenged. Resend it until answered. */
    public ByteBuffer nextHandshakeDatagram() {
        return switch (state) {
            case REQUESTING -> encode(new ConnectionRequest(token.protocolVersion(), token.expiresAtMillis(),
                    token.sealed()));
            case RESPONDING -> encode(new ChallengeResponse(nextSequence++, cookie));
            case CONNECTED, DENIED -> null;
        };
    }

    /**
     * Starts over from the connection request (the token is not spent until the server accepts): for a
     * cookie that expired before the response got through.
     */
    public void restart() {
        if (state == State.RESPONDING) {
            state = State.REQUESTING;
            cookie = null;
        }
    }

    /** Signs and encodes any client packet with the next sequence taken by the caller. */
    public ByteBuffer encode(Packet packet) {
        ByteBuffer out = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
        PacketCodec.encode(packet, outbound, out);
        return out.flip();
    }

    /** As {@link #encode(Packet)}, into {@code out} at its position (advanced); returns the length. */
    public int encode(Packet packet, ByteBuffer out) {
        return PacketCodec.encode(packet, outbound, out);
    }

    public long takeSequence() {
        return nextSequence++;
    }

    /**
     * Verifies and decodes a datagram from the server; returns the packet, or null when it is dropped (bad
     * tag, replayed, malformed). Handshake packets move the state along.
     */
    public Packet receive(ByteBuffer datagram) {
        DecodeResult decoded = PacketCodec.decode(datagram);
        if (!(decoded instanceof DecodeResult.Decoded(Packet packet)) || !packet.type().authenticated()) {
            return null;
        }
        if (!inbound.verify(datagram, datagram.position(), datagram.limit())) {
            return null;
        }
        // Challenges come from a stateless counter shared by all clients: not part of the window.
        if (!(packet instanceof Packet.Challenge) && !replay.checkAndAccept(packet.sequenceOrZero())) {
            return null;
        }
        switch (packet) {
            case Packet.Challenge c when state == State.REQUESTING -> {
                cookie = c.cookie();
                state = State.RESPONDING;
            }
            case Packet.ConnectionAccepted a when state != State.CONNECTED -> {
                accepted = a;
                state = State.CONNECTED;
            }
            case Packet.ConnectionDenied d when state != State.CONNECTED -> {
                deniedFor = d.reason();
                state = State.DENIED;
            }
            default -> {
            }
        }
        return packet;
    }
}
