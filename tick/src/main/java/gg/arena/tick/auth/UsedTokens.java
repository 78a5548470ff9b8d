package gg.arena.tick.auth;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Nonces of tokens that have connected, kept until the token would have expired anyway: a token is
 * accepted once. Bounded: when full even after dropping expired entries, new connections are refused
 * (SERVER_FULL) rather than letting a flood of valid tokens grow memory without limit. Shared by every
 * event loop of the server, hence concurrent.
 */
public final class UsedTokens {

    public enum Use { FIRST, REUSED, FULL }

    private record Nonce(long high, int low) {
        static Nonce of(byte[] n) {
            ByteBuffer b = ByteBuffer.wrap(n);
            return new Nonce(b.getLong(), b.getInt());
        }
    }

    private final ConcurrentHashMap<Nonce, Long> used = new ConcurrentHashMap<>();
    private final int capacity;

    public UsedTokens(int capacity) {
        this.capacity = capacity;
    }

    public boolean isUsed(byte[] nonce) {
        return used.containsKey(Nonce.of(nonce));
    }

    public Use use(PrivateToken token, long nowMillis) {
        if (used.size() >= capacity) {
            prune(nowMillis);
            if (used.size() >= capacity) {
                return Use.FULL;
            }
        }
        return used.putIfAbsent(Nonce.of(token.nonce()), token.expiresAtMillis()) == null ? Use.FIRST : Use.REUSED;
    }

    /** Forgets nonces of expired tokens: those tokens are refused for their expiry already. */
    public void prune(long nowMillis) {
        used.values().removeIf(expires -> expires <= nowMillis);
    }

    public int size() {
        return used.size();
    }
}
