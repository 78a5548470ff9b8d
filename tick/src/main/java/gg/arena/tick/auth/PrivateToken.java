package gg.arena.tick.auth;

/**
 * The sealed part of a connect token once opened: who may connect to which match with which session key.
 * {@code nonce} (the AES-GCM nonce of the seal) identifies the token for the accepted-once rule.
 */
public record PrivateToken(String playerId, String matchId, byte[] sessionKey, byte[] nonce, long expiresAtMillis) {
}
