package gg.arena.players.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.arena.players.domain.RegisterPlayerInput;
import gg.arena.players.domain.Region;
import gg.arena.subgraph.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The edges of each rule: the longest and shortest values that pass, and one past them. */
class RegistrationRulesTest {

    private static RegisterPlayerInput input(String handle, String displayName, String password, String email) {
        return new RegisterPlayerInput(handle, displayName, password, Region.EU, email);
    }

    private static String code(RegisterPlayerInput input) {
        try {
            RegistrationRules.check(input);
            return null;
        } catch (InvalidInputException e) {
            return e.code();
        }
    }

    @Test
    void handlesOfThreeAndTwentyCharactersPass() {
        assertThat(code(input("a-_", null, "password", null))).isNull();
        assertThat(code(input("A".repeat(20), null, "password", null))).isNull();
        assertThat(code(input("A".repeat(21), null, "password", null))).isEqualTo("HANDLE_INVALID");
        assertThat(code(input("ab\n", null, "password", null))).isEqualTo("HANDLE_INVALID");
    }

    @Test
    void theDisplayNameDefaultsToTheHandleAndIsTrimmed() {
        assertThat(RegistrationRules.check(input("neo", null, "password", null)).displayName()).isEqualTo("neo");
        assertThat(RegistrationRules.check(input("neo", " The One ", "password", null)).displayName()).isEqualTo("The One");
        assertThat(code(input("neo", "d".repeat(40), "password", null))).isNull();
        assertThat(code(input("neo", "😀".repeat(40), "password", null))).isNull();
        assertThat(code(input("neo", "😀".repeat(41), "password", null))).isEqualTo("DISPLAY_NAME_INVALID");
    }

    @Test
    void passwordsOfEightAndHundredTwentyEightCharactersPass() {
        assertThat(code(input("neo", null, "8 chars!", null))).isNull();
        assertThat(code(input("neo", null, "p".repeat(128), null))).isNull();
        assertThat(code(input("neo", null, "7 chars", null))).isEqualTo("PASSWORD_INVALID");
    }

    @Test
    void anEmailOf254CharactersPassesAndOneMoreDoesNot() {
        String domain = ("d".repeat(61) + ".").repeat(3) + "example.com"; // 197 characters
        String local254 = "l".repeat(254 - 1 - domain.length());
        assertThat(code(input("neo", null, "password", local254 + "@" + domain))).isNull();
        assertThat(code(input("neo", null, "password", local254 + "l@" + domain))).isEqualTo("EMAIL_INVALID");
        assertThat(code(input("neo", null, "password", "first.last+tag@sub.example.co"))).isNull();
        assertThat(code(input("neo", null, "password", "a@-bad-.com"))).isEqualTo("EMAIL_INVALID");
    }

    @Test
    void theFirstBrokenRuleInFieldOrderWins() {
        assertThatThrownBy(() -> RegistrationRules.check(input("x", "", "short", "bad")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code())
                .isEqualTo("HANDLE_INVALID");
        assertThat(code(input("neo", null, "short", "bad"))).isEqualTo("PASSWORD_INVALID");
    }
}
