package gg.arena.tick.auth;

import gg.arena.tick.wire.Wire;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates packets of one direction of one connection: HMAC-SHA256 over the whole datagram before
 * the tag, truncated to 16 bytes. Game state is visible to every player of the match anyway, so packets are
 * authenticated, not encrypted. Not thread-safe: a connection is owned by one event loop.
 */
public final class PacketAuth {

    private final Mac mac;
    private final byte[] full = new byte[32];
    private final byte[] received = new byte[Wire.TAG_BYTES];

    public PacketAuth(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Writes the tag over {@code buf[start, end)} at {@code end}. */
    public void sign(ByteBuffer buf, int start, int end) {
        compute(buf, start, end);
        buf.put(end, full, 0, Wire.TAG_BYTES);
    }

    /** Whether the last 16 bytes of {@code buf[start, end)} are the tag of the bytes before them. */
    public boolean verify(ByteBuffer buf, int start, int end) {
        if (end - start < Wire.TAG_BYTES) {
            return false;
        }
        int tagAt = end - Wire.TAG_BYTES;
        compute(buf, start, tagAt);
        buf.get(tagAt, received, 0, Wire.TAG_BYTES);
        // Constant-time: the time taken says nothing about how many bytes matched.
        int diff = 0;
        for (int i = 0; i < Wire.TAG_BYTES; i++) {
            diff |= full[i] ^ received[i];
        }
        return diff == 0;
    }

    private void compute(ByteBuffer buf, int start, int end) {
        mac.reset();
        if (buf.hasArray()) {
            // The hot path (every snapshot and input): no buffer view is allocated per datagram.
            mac.update(buf.array(), buf.arrayOffset() + start, end - start);
        } else {
            mac.update(buf.duplicate().limit(end).position(start));
        }
        try {
            mac.doFinal(full, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
