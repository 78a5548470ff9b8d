package gg.arena.router.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;

/**
 * Verifies the client's bearer token at the router (HS256, the secret the players service signs with and every
 * subgraph verifies with), so a bad or expired token is refused before any subgraph is asked. A request without a
 * token is anonymous: the subgraphs decide which fields need a player. Valid tokens are forwarded unchanged.
 */
public final class BearerTokens {
    private final byte[] secret;
    private final String issuer;
    private final Clock clock;

    /** What a request's {@code Authorization} value amounts to. */
    public sealed interface Verdict permits Anonymous, Valid, Invalid {
    }

    /** No token: the request goes on without one. */
    public record Anonymous() implements Verdict {
    }

    /** A verified token; {@code authorization} is the header value to forward, {@code subject} the player id. */
    public record Valid(String authorization, String subject) implements Verdict {
    }

    /** A token that must be refused, and why (for the client). */
    public record Invalid(String reason) implements Verdict {
    }

    public BearerTokens(AuthSettings settings, Clock clock) {
        this.secret = settings.jwtSecret().getBytes(StandardCharsets.UTF_8);
        this.issuer = settings.issuer();
        this.clock = clock;
    }

    /** Checks an {@code Authorization} value ({@code Bearer <jwt>}); null or blank is anonymous. */
    public Verdict check(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return new Anonymous();
        }
        String value = authorization.strip();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Invalid("Authorization must be 'Bearer <token>'.");
        }
        String token = value.substring(7).strip();
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return new Invalid("The bearer token's signature is not valid.");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())) {
                return new Invalid("The bearer token was not issued by this service.");
            }
            Date exp = claims.getExpirationTime();
            if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
                return new Invalid("The bearer token has expired; log in again.");
            }
            return new Valid("Bearer " + token, claims.getSubject());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return new Invalid("The bearer token is malformed.");
        }
    }
}
