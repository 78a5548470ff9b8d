package gg.arena.players.services;

import gg.arena.players.domain.RegisterPlayerInput;
import gg.arena.subgraph.errors.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of {@code RegisterPlayerInput}, checked before anything is hashed or written. The
 * first broken rule wins, in field order: handle, displayName, password, email.
 */
public final class RegistrationRules {

    /** A registration that passed every rule, normalised. */
    public record Accepted(String handle, String displayName, String password, String email) {}

    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_-]{3,20}");

    /**
     * The "valid e-mail address" of the WHATWG HTML standard (what browsers check for
     * {@code <input type=email>}): a practical subset of RFC 5322 without quoted local parts
     * or comments, which no sign-up form needs.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

    public static final int DISPLAY_NAME_MAX = 40;
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;
    public static final int EMAIL_MAX = 254;

    private RegistrationRules() {}

    /** Checks the input; the first broken rule is an {@link InvalidInputException} with its code. */
    public static Accepted check(RegisterPlayerInput input) {
        String handle = input.handle();
        if (handle == null || !HANDLE.matcher(handle).matches()) {
            throw new InvalidInputException("HANDLE_INVALID",
                    "A handle is 3 to 20 characters: letters, digits, '_' and '-'.");
        }
        String displayName = input.displayName() == null ? handle : input.displayName().strip();
        int displayLength = displayName.codePointCount(0, displayName.length());
        if (displayLength < 1 || displayLength > DISPLAY_NAME_MAX || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("DISPLAY_NAME_INVALID",
                    "A display name is 1 to " + DISPLAY_NAME_MAX + " characters, not only spaces, without control characters.");
        }
        String password = input.password();
        int passwordLength = password == null ? 0 : password.codePointCount(0, password.length());
        if (passwordLength < PASSWORD_MIN || passwordLength > PASSWORD_MAX) {
            throw new InvalidInputException("PASSWORD_INVALID",
                    "A password is " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters.");
        }
        String email = input.email();
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException("EMAIL_INVALID",
                    "The email address is not well-formed (or is longer than " + EMAIL_MAX + " characters).");
        }
        return new Accepted(handle, displayName, password, email);
    }

    /** The form of a handle the unique index compares. Handles are ASCII, so ROOT lower-casing is exact. */
    public static String lower(String handle) {
        return handle.toLowerCase(Locale.ROOT);
    }
}
