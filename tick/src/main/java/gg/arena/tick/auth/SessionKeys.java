package gg.arena.tick.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two per-connection packet keys, derived from the random session key carried in the connect token:
 * HMAC-SHA256(sessionKey, "arena-tick c2s") and HMAC-SHA256(sessionKey, "arena-tick s2c"). One key per
 * direction, so a packet can never be reflected back at its sender.
 */
public record SessionKeys(byte[] clientToServer, byte[] serverToClient) {

    public static final int SESSION_KEY_BYTES = 32;

    public static SessionKeys derive(byte[] sessionKey) {
        return new SessionKeys(hmac(sessionKey, "arena-tick c2s"), hmac(sessionKey, "arena-tick s2c"));
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
