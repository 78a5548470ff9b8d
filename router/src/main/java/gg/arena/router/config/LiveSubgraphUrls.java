package gg.arena.router.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks of the dev-mode settings, so a typo fails start-up with the option and the value named. */
final class LiveSubgraphUrls {
    /** What a subgraph name may look like (it becomes a {@code join__Graph} value, upper-cased). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    private LiveSubgraphUrls() {
    }

    static void check(Map<String, String> live) {
        live.forEach((name, url) -> {
            if (!NAME.matcher(name).matches()) {
                throw new ConfigException("subgraph name '" + name + "' in --subgraphs must be letters, digits, '_'"
                        + " or '-', starting with a letter or '_'");
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new ConfigException("subgraph '" + name + "': '" + url + "' is not a URL (" + e.getReason()
                        + ")");
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new ConfigException("subgraph '" + name + "': '" + url + "' is not an http(s) URL with a host,"
                        + " e.g. http://127.0.0.1:4001/graphql");
            }
        });
    }

    /** {@code 500ms}, {@code 3s}, {@code 3} (seconds), {@code 1m} or ISO-8601 ({@code PT3S}); zero is allowed. */
    static Duration duration(String option, String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        var m = SHORT_DURATION.matcher(s);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            Duration d = Duration.parse(v.trim());
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            // falls through to the message below
        }
        throw new ConfigException(option + " needs a duration such as 500ms, 3s, 1m or PT3S, got '" + v + "'");
    }
}
