package gg.arena.social.services;

/** Client input quoted back in error messages, cut short so a 10 KB argument cannot bloat the error. */
final class Quote {

    private static final int MAX = 40;

    private Quote() {}

    static String of(String value) {
        if (value == null) {
            return "null";
        }
        return "'" + (value.length() <= MAX ? value : value.substring(0, MAX) + "…") + "'";
    }
}
