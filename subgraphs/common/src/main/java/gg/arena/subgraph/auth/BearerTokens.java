package gg.arena.subgraph.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import gg.arena.subgraph.errors.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs and verifies the HS256 bearer tokens that the players service issues at login. */
public final class BearerTokens {

    /** A freshly signed token and the instant it stops being accepted. */
    public record Issued(String token, Instant expiresAt) {}

    private final AuthProperties properties;
    private final Clock clock;
    private final byte[] secret;

    public BearerTokens(AuthProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.secret = properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
    }

    public Issued issue(PlayerPrincipal principal) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .subject(principal.playerId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim("handle", principal.handle())
                .claim("region", principal.region())
                .claim("rating", principal.rating())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a bearer token", e);
        }
        return new Issued(jwt.serialize(), expiresAt);
    }

    /** Verifies signature, issuer and expiry; any failure is an {@link UnauthenticatedException}. */
    public PlayerPrincipal verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                throw new UnauthenticatedException("The bearer token's signature is not valid.");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!properties.issuer().equals(claims.getIssuer())) {
                throw new UnauthenticatedException("The bearer token was not issued by this service.");
            }
            Date exp = claims.getExpirationTime();
            if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
                throw new UnauthenticatedException("The bearer token has expired; log in again.");
            }
            Long rating = claims.getLongClaim("rating");
            return new PlayerPrincipal(
                    claims.getSubject(),
                    claims.getStringClaim("handle"),
                    claims.getStringClaim("region"),
                    rating == null ? 0 : rating.intValue());
        } catch (ParseException | JOSEException e) {
            throw new UnauthenticatedException("The bearer token is malformed.");
        }
    }
}
