package gg.arena.tick.handshake;

import gg.arena.tick.auth.ChallengeCookies;
import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.auth.PrivateToken;
import gg.arena.tick.auth.SessionKeys;
import gg.arena.tick.auth.UsedTokens;
import gg.arena.tick.wire.Packet.Challenge;
import gg.arena.tick.wire.Packet.ChallengeResponse;
import gg.arena.tick.wire.Packet.ConnectionDenied;
import gg.arena.tick.wire.Packet.ConnectionRequest;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.RejectReason;
import gg.arena.tick.wire.Wire;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server side of the netcode.io-style handshake, free of Netty so it can be tested alone:
 * connection request (token) -> challenge (sealed cookie) -> challenge response (cookie echoed, signed with
 * the client-to-server key) -> accept. Until the response is verified the server keeps nothing per client;
 * the token is marked used only then, so a lost challenge can be asked for again with the same token.
 * Thread-safe: shared by every event loop.
 */
public final class ServerHandshake {

    private final ConnectTokens tokens;
    private final ChallengeCookies cookies;
    private final UsedTokens used;
    private final Admission admission;
    private final Rejoin rejoin;
    private final AtomicLong challengeSequence = new AtomicLong();

    /** Whether a valid token's player may join its match on this server: null when yes, else why not. */
    @FunctionalInterface
    public interface Admission {
        RejectReason check(String playerId, String matchId);

        Admission ANY = (player, match) -> null;
    }

    /**
     * Whether the token with this nonce already holds a connection from this very address. Such a client
     * was accepted but never heard so (the accept was lost, and its cookie has expired since, so it starts
     * over with its spent token): it gets {@link HandshakeResult.AlreadyConnected} rather than a refusal as
     * a reused token. Anyone else presenting a used token is still refused.
     */
    @FunctionalInterface
    public interface Rejoin {
        boolean connectedFrom(byte[] tokenNonce, InetSocketAddress from);

        Rejoin NONE = (nonce, from) -> false;
    }

    public ServerHandshake(ConnectTokens tokens, ChallengeCookies cookies, UsedTokens used, Admission admission,
                           Rejoin rejoin) {
        this.tokens = tokens;
        this.cookies = cookies;
        this.used = used;
        this.admission = admission;
        this.rejoin = rejoin;
    }

    public ServerHandshake(ConnectTokens tokens, ChallengeCookies cookies, UsedTokens used, Admission admission) {
        this(tokens, cookies, used, admission, Rejoin.NONE);
    }

    public ServerHandshake(ConnectTokens tokens, ChallengeCookies cookies, UsedTokens used) {
        this(tokens, cookies, used, Admission.ANY);
    }

    public UsedTokens usedTokens() {
        return used;
    }

    public HandshakeResult onRequest(ConnectionRequest request, InetSocketAddress from, long nowMillis) {
        return switch (tokens.open(request, nowMillis)) {
            case ConnectTokens.Opened.Invalid invalid -> new HandshakeResult.Reject(invalid.reason());
            case ConnectTokens.Opened.Valid valid -> challenge(valid.token(), from, nowMillis);
        };
    }

    private HandshakeResult challenge(PrivateToken token, InetSocketAddress from, long nowMillis) {
        if (used.isUsed(token.nonce())) {
            return rejoin.connectedFrom(token.nonce(), from)
                    ? new HandshakeResult.AlreadyConnected() : new HandshakeResult.Reject(RejectReason.TOKEN_REUSED);
        }
        SessionKeys keys = SessionKeys.derive(token.sessionKey());
        ByteBuffer out = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
        RejectReason refused = admission.check(token.playerId(), token.matchId());
        if (refused != null) {
            // The token is genuine, so the client is told (signed) instead of retrying until it expires.
            PacketCodec.encode(new ConnectionDenied(challengeSequence.getAndIncrement(), refused),
                    new PacketAuth(keys.serverToClient()), out);
            return new HandshakeResult.Deny(refused, out.flip());
        }
        byte[] cookie = cookies.seal(token, from, nowMillis);
        PacketCodec.encode(new Challenge(challengeSequence.getAndIncrement(), cookie),
                new PacketAuth(keys.serverToClient()), out);
        return new HandshakeResult.Reply(out.flip());
    }

    /**
     * @param datagram the whole response datagram, for its tag (position..limit)
     */
    public HandshakeResult onResponse(ByteBuffer datagram, ChallengeResponse response, InetSocketAddress from,
                                      long nowMillis) {
        return switch (cookies.open(response.cookie(), from, nowMillis)) {
            case ChallengeCookies.Opened.Invalid invalid -> new HandshakeResult.Reject(invalid.reason());
            case ChallengeCookies.Opened.Valid valid -> {
                PrivateToken token = valid.token();
                SessionKeys keys = SessionKeys.derive(token.sessionKey());
                if (!new PacketAuth(keys.clientToServer()).verify(datagram, datagram.position(), datagram.limit())) {
                    yield new HandshakeResult.Reject(RejectReason.BAD_TAG);
                }
                yield switch (used.use(token, nowMillis)) {
                    case FIRST -> new HandshakeResult.Accept(token, keys, response.sequence());
                    case REUSED -> new HandshakeResult.Reject(RejectReason.TOKEN_REUSED);
                    case FULL -> new HandshakeResult.Reject(RejectReason.SERVER_FULL);
                };
            }
        };
    }
}
