package gg.arena.tick.wire;

/** Sizes and limits of the wire format; every one is documented in docs/tick-protocol.md. */
public final class Wire {

    /** Protocol version carried in the connection request and in the connect token. */
    public static final int PROTOCOL_VERSION = 1;

    /** No datagram is larger: stays under the common 1280-byte IPv6 minimum MTU with room for headers. */
    public static final int MAX_PACKET_BYTES = 1200;

    /**
     * A connection request is always exactly this long (zero padding). It is larger than the challenge the
     * server answers with, so a spoofed source address cannot be used to amplify traffic.
     */
    public static final int CONNECTION_REQUEST_BYTES = 512;

    /** type (1) + sequence (8). */
    public static final int AUTH_HEADER_BYTES = 9;

    /** Truncated HMAC-SHA256. */
    public static final int TAG_BYTES = 16;

    /** Smallest authenticated datagram: header and tag with an empty body. */
    public static final int MIN_AUTHENTICATED_BYTES = AUTH_HEADER_BYTES + TAG_BYTES;

    /** Largest sealed token or challenge cookie accepted. */
    public static final int MAX_SEALED_BYTES = 256;

    /** Player and match ids in tokens are at most this many UTF-8 bytes. */
    public static final int MAX_ID_BYTES = 64;

    /** Inputs per input packet: the newest and the three before it. */
    public static final int MAX_INPUTS = 4;

    public static final int MAX_PLAYERS = 16;

    /** Live projectiles in a match. */
    public static final int MAX_PROJECTILES = 48;

    /**
     * Projectile entries in one snapshot: a delta may remove every live projectile of its baseline and add
     * as many new ones. Worst case 48 x 3 + 48 x 13 bytes, plus 16 full player entries and the header: 971.
     */
    public static final int MAX_PROJECTILE_ENTRIES = 2 * MAX_PROJECTILES;

    private Wire() {
    }
}
