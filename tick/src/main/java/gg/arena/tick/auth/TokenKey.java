package gg.arena.tick.auth;

import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES key shared by the matches service (which issues connect tokens) and the tick server (which opens
 * them): config {@code arena.tick.token-key}, base64 of 16, 24 or 32 bytes.
 */
public record TokenKey(SecretKey key) {

    /** Development default only; every deployment sets its own (ARENA_TICK_TOKEN_KEY). */
    public static final String DEV_DEFAULT = "YXJlbmEtZGV2LXRpY2stdG9rZW4ta2V5LTMyYnl0ZXM=";

    public static TokenKey fromBase64(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("arena.tick.token-key is not base64", e);
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalArgumentException("arena.tick.token-key must be 16, 24 or 32 bytes, got " + raw.length);
        }
        return new TokenKey(new SecretKeySpec(raw, "AES"));
    }
}
