package gg.arena.router.auth;

import gg.arena.router.subscription.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BearerTokensTest {
    static final BearerTokens TOKENS = new BearerTokens(new AuthSettings(AuthSettings.DEVELOPMENT_SECRET, null),
            Clock.systemUTC());

    @Test
    void aTokenSignedByThePlayersServiceIsValidAndForwardedAsBearer() {
        String token = Tokens.valid("p-0007");
        assertThat(TOKENS.check("Bearer " + token)).isEqualTo(new BearerTokens.Valid("Bearer " + token, "p-0007"));
        assertThat(TOKENS.check("bearer  " + token + " ")).isEqualTo(new BearerTokens.Valid("Bearer " + token,
                "p-0007"));
    }

    @Test
    void noTokenIsAnonymous() {
        assertThat(TOKENS.check(null)).isInstanceOf(BearerTokens.Anonymous.class);
        assertThat(TOKENS.check(" ")).isInstanceOf(BearerTokens.Anonymous.class);
    }

    @Test
    void everyKindOfBadTokenIsRefusedWithItsReason() {
        assertThat(TOKENS.check("Bearer " + Tokens.expired("p-1"))).isEqualTo(
                new BearerTokens.Invalid("The bearer token has expired; log in again."));
        assertThat(TOKENS.check("Bearer " + Tokens.sign("p-1", "x".repeat(40), "arena", Duration.ofHours(1))))
                .isEqualTo(new BearerTokens.Invalid("The bearer token's signature is not valid."));
        assertThat(TOKENS.check("Bearer " + Tokens.sign("p-1", AuthSettings.DEVELOPMENT_SECRET, "elsewhere",
                Duration.ofHours(1)))).isEqualTo(new BearerTokens.Invalid(
                "The bearer token was not issued by this service."));
        assertThat(TOKENS.check("Bearer abc.def")).isEqualTo(new BearerTokens.Invalid(
                "The bearer token is malformed."));
        assertThat(TOKENS.check("Token abc")).isEqualTo(new BearerTokens.Invalid(
                "Authorization must be 'Bearer <token>'."));
    }

    @Test
    void theSecretComesFromThePropertyThenTheEnvironmentThenTheDevelopmentDefault() {
        String fromProperty = "p".repeat(32);
        String fromEnv = "e".repeat(32);
        assertThat(AuthSettings.resolve(Map.of("arena.auth.jwt-secret", fromProperty)::get,
                Map.of("ARENA_JWT_SECRET", fromEnv)::get).jwtSecret()).isEqualTo(fromProperty);
        assertThat(AuthSettings.resolve(Map.<String, String>of()::get, Map.of("ARENA_JWT_SECRET", fromEnv)::get)
                .jwtSecret()).isEqualTo(fromEnv);
        AuthSettings defaults = AuthSettings.resolve(Map.<String, String>of()::get, Map.<String, String>of()::get);
        assertThat(defaults.jwtSecret()).isEqualTo(AuthSettings.DEVELOPMENT_SECRET);
        assertThat(defaults.issuer()).isEqualTo("arena");
        assertThatThrownBy(() -> AuthSettings.resolve(Map.of("arena.auth.jwt-secret", "short")::get,
                Map.<String, String>of()::get)).hasMessageContaining("at least 32 bytes");
    }
}
