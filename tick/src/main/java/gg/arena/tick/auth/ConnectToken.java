package gg.arena.tick.auth;

import gg.arena.tick.wire.Wire;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * What {@code joinMatch} hands the client (base64): the public part it can read (protocol version, expiry,
 * its session key, delivered over the authenticated GraphQL connection) and the private part sealed with
 * the token key, which it forwards untouched in its connection request.
 *
 * <p>Layout: u16 version, u64 expiresAtMillis, 32 bytes session key, u16 length, sealed bytes.
 */
public record ConnectToken(int protocolVersion, long expiresAtMillis, byte[] sessionKey, byte[] sealed) {

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(2 + 8 + SessionKeys.SESSION_KEY_BYTES + 2 + sealed.length);
        b.putShort((short) protocolVersion).putLong(expiresAtMillis).put(sessionKey)
                .putShort((short) sealed.length).put(sealed);
        return b.array();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(toBytes());
    }

    /** Parses a token handed to a client; throws IllegalArgumentException when it is not one. */
    public static ConnectToken fromBase64(String base64) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        if (b.remaining() < 2 + 8 + SessionKeys.SESSION_KEY_BYTES + 2) {
            throw new IllegalArgumentException("connect token too short");
        }
        int version = b.getShort() & 0xFFFF;
        long expires = b.getLong();
        byte[] key = new byte[SessionKeys.SESSION_KEY_BYTES];
        b.get(key);
        int n = b.getShort() & 0xFFFF;
        if (n > Wire.MAX_SEALED_BYTES || n != b.remaining()) {
            throw new IllegalArgumentException("connect token has a bad sealed length");
        }
        byte[] sealed = new byte[n];
        b.get(sealed);
        return new ConnectToken(version, expires, key, sealed);
    }
}
