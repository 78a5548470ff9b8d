package gg.arena.tick.auth;

import gg.arena.tick.wire.RejectReason;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Challenge cookies: everything the server needs to finish a handshake, sealed with a key only this server
 * process knows (random at start), so it keeps no state per client until the client has echoed the cookie
 * from the address it was sent to.
 *
 * <p>Plaintext: 12 bytes token nonce, u8 + player id, u8 + match id, 32 bytes session key, u64 token
 * expiry, u64 cookie expiry, u8 address length (4 or 16) + address, u16 port. AAD: {@code "arena-cookie"}.
 * The address is inside (not in the AAD) so a cookie echoed from elsewhere is told apart from a forged one.
 */
public final class ChallengeCookies {

    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(5);

    private static final byte[] AAD = "arena-cookie".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;
    private final Duration lifetime;

    public ChallengeCookies(Duration lifetime) {
        this.key = new SecretKeySpec(Aead.randomBytes(32), "AES");
        this.lifetime = lifetime;
    }

    public ChallengeCookies() {
        this(DEFAULT_LIFETIME);
    }

    public byte[] seal(PrivateToken token, InetSocketAddress client, long nowMillis) {
        byte[] player = ConnectTokens.id(token.playerId());
        byte[] match = ConnectTokens.id(token.matchId());
        byte[] address = client.getAddress().getAddress();
        ByteBuffer plain = ByteBuffer.allocate(12 + 1 + player.length + 1 + match.length + 32 + 8 + 8 + 1
                + address.length + 2);
        plain.put(token.nonce()).put((byte) player.length).put(player).put((byte) match.length).put(match)
                .put(token.sessionKey()).putLong(token.expiresAtMillis())
                .putLong(Math.min(token.expiresAtMillis(), nowMillis + lifetime.toMillis()))
                .put((byte) address.length).put(address).putShort((short) client.getPort());
        return Aead.seal(key, AAD, plain.array());
    }

    /** Outcome of opening an echoed cookie. */
    public sealed interface Opened {
        record Valid(PrivateToken token) implements Opened {
        }

        record Invalid(RejectReason reason) implements Opened {
        }
    }

    public Opened open(byte[] cookie, InetSocketAddress from, long nowMillis) {
        byte[] plain = Aead.open(key, AAD, cookie);
        if (plain == null) {
            return new Opened.Invalid(RejectReason.COOKIE_INVALID);
        }
        ByteBuffer b = ByteBuffer.wrap(plain);
        byte[] nonce = new byte[12];
        b.get(nonce);
        String player = ConnectTokens.readId(b);
        String match = ConnectTokens.readId(b);
        byte[] sessionKey = new byte[32];
        b.get(sessionKey);
        long tokenExpires = b.getLong();
        long cookieExpires = b.getLong();
        byte[] address = new byte[b.get()];
        b.get(address);
        int port = b.getShort() & 0xFFFF;
        if (!java.util.Arrays.equals(address, from.getAddress().getAddress()) || port != from.getPort()) {
            return new Opened.Invalid(RejectReason.WRONG_ADDRESS);
        }
        if (tokenExpires <= nowMillis) {
            return new Opened.Invalid(RejectReason.TOKEN_EXPIRED);
        }
        if (cookieExpires <= nowMillis) {
            return new Opened.Invalid(RejectReason.COOKIE_EXPIRED);
        }
        return new Opened.Valid(new PrivateToken(player, match, sessionKey, nonce, tokenExpires));
    }
}
