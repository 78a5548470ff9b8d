package gg.arena.tick.handshake;

import gg.arena.tick.auth.ChallengeCookies;
import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.auth.UsedTokens;
import gg.arena.tick.client.ClientHandshake;
import gg.arena.tick.wire.DecodeResult;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.Packet.ChallengeResponse;
import gg.arena.tick.wire.Packet.ConnectionRequest;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.RejectReason;
import gg.arena.tick.wire.Wire;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ServerHandshakeTest {

    static final long NOW = 1_800_000_000_000L;
    static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40_001);
    static final InetSocketAddress OTHER = new InetSocketAddress("127.0.0.1", 40_002);

    final TokenKey key = TokenKey.fromBase64(TokenKey.DEV_DEFAULT);
    final ConnectTokens tokens = new ConnectTokens(key, Duration.ofSeconds(30));
    final ServerHandshake server = new ServerHandshake(tokens, new ChallengeCookies(), new UsedTokens(1000));

    static Packet decode(ByteBuffer datagram) {
        return ((DecodeResult.Decoded) PacketCodec.decode(datagram)).packet();
    }

    HandshakeResult request(ClientHandshake client, InetSocketAddress from, long now) {
        return server.onRequest((ConnectionRequest) decode(client.nextHandshakeDatagram()), from, now);
    }

    HandshakeResult respond(ByteBuffer response, InetSocketAddress from, long now) {
        return server.onResponse(response, (ChallengeResponse) decode(response), from, now);
    }

    /** Runs request and challenge; returns the client's response datagram. */
    ByteBuffer challenged(ClientHandshake client) {
        HandshakeResult challenge = request(client, CLIENT, NOW);
        assertThat(challenge).isInstanceOf(HandshakeResult.Reply.class);
        ByteBuffer datagram = ((HandshakeResult.Reply) challenge).datagram();
        assertThat(datagram.remaining()).isLessThan(Wire.CONNECTION_REQUEST_BYTES);
        assertThat(client.receive(datagram)).isInstanceOf(Packet.Challenge.class);
        assertThat(client.state()).isEqualTo(ClientHandshake.State.RESPONDING);
        return client.nextHandshakeDatagram();
    }

    static RejectReason reason(HandshakeResult r) {
        assertThat(r).isInstanceOf(HandshakeResult.Reject.class);
        return ((HandshakeResult.Reject) r).reason();
    }

    @Test
    void validTokenConnects() {
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW));
        HandshakeResult result = respond(challenged(client), CLIENT, NOW + 100);
        assertThat(result).isInstanceOf(HandshakeResult.Accept.class);
        HandshakeResult.Accept accept = (HandshakeResult.Accept) result;
        assertThat(accept.token().playerId()).isEqualTo("p-0001");
        assertThat(accept.token().matchId()).isEqualTo("m-00001");
    }

    @Test
    void theTokenSurvivesBase64AsHandedToTheClient() {
        ConnectToken token = tokens.issue("p-0002", "m-00002", NOW);
        ConnectToken parsed = ConnectToken.fromBase64(token.toBase64());
        ClientHandshake client = new ClientHandshake(parsed);
        assertThat(respond(challenged(client), CLIENT, NOW)).isInstanceOf(HandshakeResult.Accept.class);
        assertThat(parsed.expiresAtMillis()).isEqualTo(NOW + 30_000);
    }

    @Test
    void expiredTokenIsRejectedAtRequest() {
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW));
        assertThat(reason(request(client, CLIENT, NOW + 30_000))).isEqualTo(RejectReason.TOKEN_EXPIRED);
    }

    @Test
    void tokenExpiringDuringTheHandshakeIsRejectedAtResponse() {
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW - 29_000));
        ByteBuffer response = challenged(client);
        assertThat(reason(respond(response, CLIENT, NOW + 1_000))).isEqualTo(RejectReason.TOKEN_EXPIRED);
    }

    @Test
    void staleCookieIsRejected() {
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW));
        ByteBuffer response = challenged(client);
        assertThat(reason(respond(response, CLIENT, NOW + 5_000))).isEqualTo(RejectReason.COOKIE_EXPIRED);
    }

    @Test
    void tokenIsAcceptedOnce() {
        ConnectToken token = tokens.issue("p-0001", "m-00001", NOW);
        ClientHandshake first = new ClientHandshake(token);
        ByteBuffer response = challenged(first);
        assertThat(respond(response.duplicate(), CLIENT, NOW)).isInstanceOf(HandshakeResult.Accept.class);
        // the same response again (replayed), and the same token in a new handshake
        assertThat(reason(respond(response.duplicate(), CLIENT, NOW))).isEqualTo(RejectReason.TOKEN_REUSED);
        assertThat(reason(request(new ClientHandshake(token), CLIENT, NOW))).isEqualTo(RejectReason.TOKEN_REUSED);
    }

    @Test
    void aSpentTokenFromTheAddressItsConnectionHoldsIsToldItIsConnected() {
        ConnectToken token = tokens.issue("p-0001", "m-00001", NOW);
        byte[][] connected = new byte[1][];
        ServerHandshake rejoining = new ServerHandshake(tokens, new ChallengeCookies(), new UsedTokens(1000),
                ServerHandshake.Admission.ANY,
                (nonce, from) -> from.equals(CLIENT) && java.util.Arrays.equals(nonce, connected[0]));
        ClientHandshake first = new ClientHandshake(token);
        HandshakeResult challenge = rejoining.onRequest((ConnectionRequest) decode(first.nextHandshakeDatagram()),
                CLIENT, NOW);
        first.receive(((HandshakeResult.Reply) challenge).datagram());
        ByteBuffer response = first.nextHandshakeDatagram();
        HandshakeResult accepted = rejoining.onResponse(response, (ChallengeResponse) decode(response), CLIENT, NOW);
        connected[0] = ((HandshakeResult.Accept) accepted).token().nonce();

        ConnectionRequest again = (ConnectionRequest) decode(new ClientHandshake(token).nextHandshakeDatagram());
        assertThat(rejoining.onRequest(again, CLIENT, NOW + 5_000)).isInstanceOf(HandshakeResult.AlreadyConnected.class);
        assertThat(reason(rejoining.onRequest(again, OTHER, NOW + 5_000))).isEqualTo(RejectReason.TOKEN_REUSED);
    }

    @Test
    void aLostChallengeCanBeAskedForAgain() {
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW));
        assertThat(request(client, CLIENT, NOW)).isInstanceOf(HandshakeResult.Reply.class);
        assertThat(respond(challenged(client), CLIENT, NOW)).isInstanceOf(HandshakeResult.Accept.class);
    }

    @Test
    void responseFromAnotherAddressIsRejected() {
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW));
        ByteBuffer response = challenged(client);
        assertThat(reason(respond(response.duplicate(), OTHER, NOW))).isEqualTo(RejectReason.WRONG_ADDRESS);
        // and the token was not spent by the attempt
        assertThat(respond(response, CLIENT, NOW)).isInstanceOf(HandshakeResult.Accept.class);
    }

    @Test
    void tamperedSealedTokenIsRejected() {
        ConnectToken token = tokens.issue("p-0001", "m-00001", NOW);
        for (int i = 0; i < token.sealed().length; i++) {
            byte[] sealed = token.sealed().clone();
            sealed[i] ^= 0x20;
            ConnectToken tampered = new ConnectToken(token.protocolVersion(), token.expiresAtMillis(),
                    token.sessionKey(), sealed);
            assertThat(reason(request(new ClientHandshake(tampered), CLIENT, NOW)))
                    .as("byte %d", i).isEqualTo(RejectReason.TOKEN_INVALID);
        }
    }

    @Test
    void extendedExpiryBreaksTheSeal() {
        ConnectToken token = tokens.issue("p-0001", "m-00001", NOW - 60_000);
        ConnectToken extended = new ConnectToken(token.protocolVersion(), NOW + 60_000, token.sessionKey(),
                token.sealed());
        assertThat(reason(request(new ClientHandshake(extended), CLIENT, NOW))).isEqualTo(RejectReason.TOKEN_INVALID);
    }

    @Test
    void tokenSealedWithAnotherKeyIsRejected() {
        byte[] otherKey = new byte[32];
        ConnectTokens forger = new ConnectTokens(TokenKey.fromBase64(Base64.getEncoder().encodeToString(otherKey)));
        ClientHandshake client = new ClientHandshake(forger.issue("p-0001", "m-00001", NOW));
        assertThat(reason(request(client, CLIENT, NOW))).isEqualTo(RejectReason.TOKEN_INVALID);
    }

    @Test
    void tamperedCookieIsRejected() {
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW));
        ByteBuffer response = challenged(client);
        byte[] bytes = new byte[response.remaining()];
        response.get(bytes);
        bytes[Wire.AUTH_HEADER_BYTES + 2 + 20] ^= 1;
        ByteBuffer tampered = ByteBuffer.wrap(bytes);
        assertThat(reason(respond(tampered, CLIENT, NOW))).isEqualTo(RejectReason.COOKIE_INVALID);
    }

    @Test
    void echoedCookieWithoutTheSessionKeyIsRejected() {
        // An on-path observer saw the cookie but not the session key (delivered over GraphQL).
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW));
        ChallengeResponse response = (ChallengeResponse) decode(challenged(client));
        ByteBuffer forged = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
        PacketCodec.encode(new ChallengeResponse(0, response.cookie()), new PacketAuth(new byte[32]), forged);
        assertThat(reason(respond(forged.flip(), CLIENT, NOW))).isEqualTo(RejectReason.BAD_TAG);
    }

    @Test
    void aClientWhoseCookieExpiredStartsOverWithTheSameToken() {
        ClientHandshake client = new ClientHandshake(tokens.issue("p-0001", "m-00001", NOW));
        ByteBuffer stale = challenged(client);
        assertThat(reason(respond(stale, CLIENT, NOW + 6_000))).isEqualTo(RejectReason.COOKIE_EXPIRED);
        client.restart();
        assertThat(client.state()).isEqualTo(ClientHandshake.State.REQUESTING);
        HandshakeResult challenge = request(client, CLIENT, NOW + 6_000);
        assertThat(client.receive(((HandshakeResult.Reply) challenge).datagram())).isNotNull();
        assertThat(respond(client.nextHandshakeDatagram(), CLIENT, NOW + 6_100)).isInstanceOf(HandshakeResult.Accept.class);
    }
}
