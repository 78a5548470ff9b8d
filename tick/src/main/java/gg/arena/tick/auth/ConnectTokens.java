package gg.arena.tick.auth;

import gg.arena.tick.wire.Packet.ConnectionRequest;
import gg.arena.tick.wire.RejectReason;
import gg.arena.tick.wire.Wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Issues connect tokens (matches service) and opens them (tick server) with the shared {@link TokenKey}.
 *
 * <p>Sealed plaintext: u8 length + player id (UTF-8), u8 length + match id, 32 bytes session key. The AAD is
 * {@code "arena-token" || u16 version || u64 expiresAtMillis}, so the expiry the client reads and sends in
 * the clear cannot be changed without breaking the seal.
 */
public final class ConnectTokens {

    /** How long a token can be used to connect; the connection itself then lives as long as the match. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(30);

    private static final byte[] LABEL = "arena-token".getBytes(StandardCharsets.US_ASCII);

    private final TokenKey key;
    private final Duration lifetime;

    public ConnectTokens(TokenKey key, Duration lifetime) {
        this.key = key;
        this.lifetime = lifetime;
    }

    public ConnectTokens(TokenKey key) {
        this(key, DEFAULT_LIFETIME);
    }

    public Duration lifetime() {
        return lifetime;
    }

    public ConnectToken issue(String playerId, String matchId, long nowMillis) {
        byte[] player = id(playerId);
        byte[] match = id(matchId);
        byte[] sessionKey = Aead.randomBytes(SessionKeys.SESSION_KEY_BYTES);
        long expires = nowMillis + lifetime.toMillis();
        ByteBuffer plain = ByteBuffer.allocate(1 + player.length + 1 + match.length + sessionKey.length);
        plain.put((byte) player.length).put(player).put((byte) match.length).put(match).put(sessionKey);
        byte[] sealed = Aead.seal(key.key(), aad(Wire.PROTOCOL_VERSION, expires), plain.array());
        return new ConnectToken(Wire.PROTOCOL_VERSION, expires, sessionKey, sealed);
    }

    /** Outcome of opening the token of a connection request. */
    public sealed interface Opened {
        record Valid(PrivateToken token) implements Opened {
        }

        record Invalid(RejectReason reason) implements Opened {
        }
    }

    /** Checks the expiry (cheap, first), then the seal and the layout of what it holds. */
    public Opened open(ConnectionRequest request, long nowMillis) {
        if (request.protocolVersion() != Wire.PROTOCOL_VERSION) {
            return new Opened.Invalid(RejectReason.BAD_VERSION);
        }
        if (request.expiresAtMillis() <= nowMillis) {
            return new Opened.Invalid(RejectReason.TOKEN_EXPIRED);
        }
        byte[] plain = Aead.open(key.key(), aad(request.protocolVersion(), request.expiresAtMillis()),
                request.sealedToken());
        if (plain == null) {
            return new Opened.Invalid(RejectReason.TOKEN_INVALID);
        }
        // Sealed by us, so well-formed unless the key leaked; still checked rather than trusted.
        ByteBuffer b = ByteBuffer.wrap(plain);
        String player = readId(b);
        String match = player == null ? null : readId(b);
        if (match == null || b.remaining() != SessionKeys.SESSION_KEY_BYTES) {
            return new Opened.Invalid(RejectReason.TOKEN_INVALID);
        }
        byte[] sessionKey = new byte[SessionKeys.SESSION_KEY_BYTES];
        b.get(sessionKey);
        return new Opened.Valid(new PrivateToken(player, match, sessionKey,
                Aead.nonceOf(request.sealedToken()), request.expiresAtMillis()));
    }

    static String readId(ByteBuffer b) {
        if (!b.hasRemaining()) {
            return null;
        }
        int n = b.get() & 0xFF;
        if (n == 0 || n > Wire.MAX_ID_BYTES || b.remaining() < n) {
            return null;
        }
        byte[] raw = new byte[n];
        b.get(raw);
        return new String(raw, StandardCharsets.UTF_8);
    }

    static byte[] id(String id) {
        byte[] raw = id.getBytes(StandardCharsets.UTF_8);
        if (raw.length == 0 || raw.length > Wire.MAX_ID_BYTES) {
            throw new IllegalArgumentException("id must be 1.." + Wire.MAX_ID_BYTES + " UTF-8 bytes");
        }
        return raw;
    }

    private static byte[] aad(int version, long expires) {
        return ByteBuffer.allocate(LABEL.length + 10).put(LABEL).putShort((short) version).putLong(expires).array();
    }
}
