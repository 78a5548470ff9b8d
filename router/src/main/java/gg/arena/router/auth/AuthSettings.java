package gg.arena.router.auth;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * How bearer tokens are verified: the HMAC secret every Arena service shares and the issuer the players service
 * writes. Secrets do not belong in the config file, so they come from the environment like the subgraphs'.
 *
 * @param jwtSecret HS256 key, at least 32 bytes: property {@code arena.auth.jwt-secret}, else environment variable
 *                  {@code ARENA_JWT_SECRET}, else {@link #DEVELOPMENT_SECRET} (the subgraphs' local default)
 * @param issuer    the {@code iss} claim required: property {@code arena.auth.issuer}, default {@code arena}
 */
public record AuthSettings(String jwtSecret, String issuer) {
    /** The subgraphs' default secret, so a local run works without configuration. Never use it deployed. */
    public static final String DEVELOPMENT_SECRET = "arena-local-development-secret-change-me-0123456789";

    public AuthSettings {
        if (jwtSecret == null || jwtSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("arena.auth.jwt-secret (ARENA_JWT_SECRET) must be at least 32 bytes");
        }
        if (issuer == null || issuer.isBlank()) {
            issuer = "arena";
        }
    }

    /** Reads the settings from properties (e.g. Spring's environment or system properties) and the environment. */
    public static AuthSettings resolve(Function<String, String> properties, Function<String, String> environment) {
        String secret = properties.apply("arena.auth.jwt-secret");
        if (secret == null || secret.isEmpty()) {
            secret = environment.apply("ARENA_JWT_SECRET");
        }
        if (secret == null || secret.isEmpty()) {
            secret = DEVELOPMENT_SECRET;
        }
        return new AuthSettings(secret, properties.apply("arena.auth.issuer"));
    }
}
