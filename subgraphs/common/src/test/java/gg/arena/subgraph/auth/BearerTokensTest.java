package gg.arena.subgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.arena.subgraph.errors.UnauthenticatedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

    private static final AuthProperties PROPS =
            new AuthProperties("0123456789abcdef0123456789abcdef", Duration.ofMinutes(5), "arena");
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final PlayerPrincipal alice = new PlayerPrincipal("p-0001", "alice", "EU", 1500);

    @Test
    void aTokenItIssuedVerifiesToTheSamePlayer() {
        BearerTokens tokens = new BearerTokens(PROPS, Clock.fixed(NOW, ZoneOffset.UTC));
        BearerTokens.Issued issued = tokens.issue(alice);
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(tokens.verify(issued.token())).isEqualTo(alice);
    }

    @Test
    void anExpiredTokenIsRejected() {
        String token = new BearerTokens(PROPS, Clock.fixed(NOW, ZoneOffset.UTC)).issue(alice).token();
        BearerTokens later = new BearerTokens(PROPS, Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));
        assertThatThrownBy(() -> later.verify(token))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() {
        AuthProperties other = new AuthProperties("ffffffffffffffffffffffffffffffff", Duration.ofMinutes(5), "arena");
        String token = new BearerTokens(other, Clock.fixed(NOW, ZoneOffset.UTC)).issue(alice).token();
        BearerTokens tokens = new BearerTokens(PROPS, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.verify(token)).hasMessageContaining("signature");
    }

    @Test
    void garbageIsMalformed() {
        BearerTokens tokens = new BearerTokens(PROPS, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.verify("not-a-jwt")).hasMessageContaining("malformed");
    }

    @Test
    void aShortSecretFailsStartUp() {
        assertThatThrownBy(() -> new AuthProperties("short", Duration.ofMinutes(5), "arena"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }
}
