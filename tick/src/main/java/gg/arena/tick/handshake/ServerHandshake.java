package gg.arena.tick.handshake;

import gg.arena.tick.auth.ChallengeCookies;
import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.auth.PrivateToken;
import gg.arena.tick.auth.SessionKeys;
import gg.arena.tick.auth.UsedTokens;
import gg.arena.tick.wire.Packet.Challenge;
import gg.arena.tick.wire.Packet.ChallengeResponse;
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
    private final AtomicLong challengeSequence = new AtomicLong();

    public ServerHandshake(ConnectTokens tokens, ChallengeCookies cookies, UsedTokens used) {
        this.tokens = tokens;
        this.cookies = cookies;
        this.used = used;
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
            return new HandshakeResult.Reject(RejectReason.TOKEN_REUSED);
        }
        byte[] cookie = cookies.seal(token, from, nowMillis);
        SessionKeys keys = SessionKeys.derive(token.sessionKey());
        ByteBuffer out = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
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
