package gg.arena.subgraph.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer-token settings shared by the players service (which signs) and the others (which verify).
 *
 * @param jwtSecret HMAC-SHA256 key, at least 32 bytes; every subgraph (and the router) must
 *     share it. Set {@code ARENA_JWT_SECRET} in production; the default is for local runs only.
 * @param tokenTtl how long a token issued at login stays valid
 * @param issuer the {@code iss} claim written and required
 */
@ConfigurationProperties("arena.auth")
public record AuthProperties(
        @DefaultValue("arena-local-development-secret-change-me-0123456789") String jwtSecret,
        @DefaultValue("1h") Duration tokenTtl,
        @DefaultValue("arena") String issuer) {

    public AuthProperties {
        if (jwtSecret == null || jwtSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("arena.auth.jwt-secret must be at least 32 bytes");
        }
        if (tokenTtl == null || tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("arena.auth.token-ttl must be positive");
        }
    }
}
