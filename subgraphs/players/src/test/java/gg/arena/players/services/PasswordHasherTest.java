package gg.arena.players.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).startsWith("$2a$10$");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void passwordsDifferingAfterByte72AreDifferent() {
        String prefix = "x".repeat(72);
        String hash = hasher.hash(prefix + "A");

        assertThat(hasher.matches(prefix + "B", hash)).isFalse();
        assertThat(hasher.matches(prefix + "A", hash)).isTrue();
    }

    @Test
    void theDecoyCostsWhatARealCheckCosts() {
        // Same algorithm and cost factor as real hashes, so the unknown-handle path takes as long.
        assertThat(PasswordHasher.DECOY.substring(0, 7)).isEqualTo(hasher.hash("anything").substring(0, 7));
        hasher.burnOneCheck("anything");
    }
}
