package gg.arena.tick.wire;

import java.util.List;

/**
 * Every packet of the protocol, one record per type. Authenticated packets carry {@code sequence}: a
 * per-direction, per-connection counter that feeds the replay window. Byte layouts: docs/tick-protocol.md.
 */
public sealed interface Packet {

    PacketType type();

    /** Client -> server, unauthenticated: the sealed part of a connect token, padded to 512 bytes. */
    record ConnectionRequest(int protocolVersion, long expiresAtMillis, byte[] sealedToken) implements Packet {
        public PacketType type() {
            return PacketType.CONNECTION_REQUEST;
        }
    }

    /** Server -> client: the connection will not be made. */
    record ConnectionDenied(long sequence, RejectReason reason) implements Packet {
        public PacketType type() {
            return PacketType.CONNECTION_DENIED;
        }
    }

    /** Server -> client: a cookie sealed by the server; the client echoes it to prove it owns its address. */
    record Challenge(long sequence, byte[] cookie) implements Packet {
        public PacketType type() {
            return PacketType.CHALLENGE;
        }
    }

    /** Client -> server: the echoed cookie. */
    record ChallengeResponse(long sequence, byte[] cookie) implements Packet {
        public PacketType type() {
            return PacketType.CHALLENGE_RESPONSE;
        }
    }

    /** Server -> client: connected, with the player's slot in the match and the tick rate. */
    record ConnectionAccepted(long sequence, int slot, int tickRate, long serverTick) implements Packet {
        public PacketType type() {
            return PacketType.CONNECTION_ACCEPTED;
        }
    }

    /**
     * Client -> server: the input for {@code tick} first, then the inputs of the ticks before it (newest
     * first, up to 3 more), so one lost packet loses no input. Also acknowledges snapshots: the newest
     * snapshot sequence received and a bitfield of the 32 before it.
     */
    record Input(long sequence, int snapshotAck, int snapshotAckBits, long tick, List<InputCommand> inputs)
            implements Packet {
        public Input {
            inputs = List.copyOf(inputs);
        }

        public PacketType type() {
            return PacketType.INPUT;
        }
    }

    /**
     * Server -> client: the world at {@code serverTick}. {@code baseline} is the snapshot sequence this one
     * is a delta against, or -1 for a full snapshot. {@code inputAck} is the newest input tick received and
     * {@code inputAckBits} bit i says whether tick inputAck-1-i was received.
     */
    record Snapshot(long sequence, int snapshotSequence, int baseline, long serverTick, long inputAck,
                    int inputAckBits, List<PlayerDelta> players, List<ProjectileDelta> projectiles)
            implements Packet {
        public Snapshot {
            players = List.copyOf(players);
            projectiles = List.copyOf(projectiles);
        }

        public boolean full() {
            return baseline < 0;
        }

        public PacketType type() {
            return PacketType.SNAPSHOT;
        }
    }

    /** Either direction: keeps an idle connection open. */
    record KeepAlive(long sequence) implements Packet {
        public PacketType type() {
            return PacketType.KEEP_ALIVE;
        }
    }

    /** Either direction: the connection is over. */
    record Disconnect(long sequence, int reason) implements Packet {
        public PacketType type() {
            return PacketType.DISCONNECT;
        }
    }

    /** The sequence of an authenticated packet; 0 for a connection request. */
    default long sequenceOrZero() {
        return switch (this) {
            case ConnectionRequest r -> 0;
            case ConnectionDenied p -> p.sequence();
            case Challenge p -> p.sequence();
            case ChallengeResponse p -> p.sequence();
            case ConnectionAccepted p -> p.sequence();
            case Input p -> p.sequence();
            case Snapshot p -> p.sequence();
            case KeepAlive p -> p.sequence();
            case Disconnect p -> p.sequence();
        };
    }
}
