package gg.arena.router.subscription;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import gg.arena.router.auth.AuthSettings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Bearer tokens as the players service signs them (HS256, issuer {@code arena}), for tests. */
public final class Tokens {
    private Tokens() {
    }

    /** A token for {@code player} valid for an hour, signed with the development secret. */
    public static String valid(String player) {
        return sign(player, AuthSettings.DEVELOPMENT_SECRET, "arena", Duration.ofHours(1));
    }

    public static String expired(String player) {
        return sign(player, AuthSettings.DEVELOPMENT_SECRET, "arena", Duration.ofMinutes(-5));
    }

    public static String sign(String player, String secret, String issuer, Duration validFor) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(player)
                .issueTime(Date.from(now.minusSeconds(600))).expirationTime(Date.from(now.plus(validFor))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
