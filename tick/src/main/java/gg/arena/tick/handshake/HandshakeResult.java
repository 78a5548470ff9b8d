package gg.arena.tick.handshake;

import gg.arena.tick.auth.PrivateToken;
import gg.arena.tick.auth.SessionKeys;
import gg.arena.tick.wire.RejectReason;

import java.nio.ByteBuffer;

/** What the server does with a handshake datagram. */
public sealed interface HandshakeResult {

    /** Send this datagram back to the sender (a challenge). Nothing is kept. */
    record Reply(ByteBuffer datagram) implements HandshakeResult {
    }

    /** The client has proven token and address: create its connection. */
    record Accept(PrivateToken token, SessionKeys keys, long responseSequence) implements HandshakeResult {
    }

    /** Send this CONNECTION_DENIED back, counting why: the token was valid but cannot be admitted. */
    record Deny(RejectReason reason, ByteBuffer datagram) implements HandshakeResult {
    }

    /**
     * The sender already holds the connection this token made, from this address, but never heard it was
     * accepted: its connection says so again (and counts the request as a sign of life).
     */
    record AlreadyConnected() implements HandshakeResult {
    }

    /** Drop the datagram, counting why. */
    record Reject(RejectReason reason) implements HandshakeResult {
    }
}
