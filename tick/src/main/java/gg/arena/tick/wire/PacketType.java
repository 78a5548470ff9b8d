package gg.arena.tick.wire;

/** The first byte of every datagram. Codes are part of the wire contract (docs/tick-protocol.md). */
public enum PacketType {
    CONNECTION_REQUEST(0x01),
    CONNECTION_DENIED(0x02),
    CHALLENGE(0x03),
    CHALLENGE_RESPONSE(0x04),
    CONNECTION_ACCEPTED(0x05),
    INPUT(0x06),
    SNAPSHOT(0x07),
    KEEP_ALIVE(0x08),
    DISCONNECT(0x09);

    private static final PacketType[] BY_CODE = new PacketType[16];

    static {
        for (PacketType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    PacketType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type for a first byte, or null for an unknown code. */
    public static PacketType ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** Every packet but the connection request carries a sequence number and an authentication tag. */
    public boolean authenticated() {
        return this != CONNECTION_REQUEST;
    }
}
