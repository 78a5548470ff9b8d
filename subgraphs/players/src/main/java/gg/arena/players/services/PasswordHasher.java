package gg.arena.players.services;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * bcrypt over the base64 SHA-256 digest of the password. bcrypt reads at most 72 bytes (and
 * Spring Security's encoder rejects longer input), while the schema allows 128 characters,
 * up to 512 UTF-8 bytes: the digest makes every character count and keeps bcrypt's input at
 * 44 ASCII bytes. The digest is only bcrypt's input, never stored.
 */
@Service
public class PasswordHasher {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /**
     * Checked against when a login names no player, so that path costs one bcrypt like the other.
     * Any hash of the same cost (10, the encoder's default) will do: that path fails whatever it matches.
     */
    static final String DECOY = "$2a$10$T6OM3B414iE3byCcXevHE.iTlvwKmCMX/rmmBlqQnQJVFufUPkWP6";

    public String hash(String password) {
        return bcrypt.encode(digest(password));
    }

    public boolean matches(String password, String hash) {
        return bcrypt.matches(digest(password), hash);
    }

    /** Spends the time of a {@link #matches} without a real hash to compare against. */
    public void burnOneCheck(String password) {
        bcrypt.matches(digest(password), DECOY);
    }

    private static String digest(String password) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
