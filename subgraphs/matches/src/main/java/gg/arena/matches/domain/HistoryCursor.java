package gg.arena.matches.domain;

import gg.arena.subgraph.errors.InvalidInputException;
import gg.arena.subgraph.paging.Cursors;
import java.time.Instant;

/**
 * Keyset position in a match history: (startedAt, matchId) of the last match of a page. A
 * keyset rather than an offset, so a match finishing between two page requests neither
 * repeats nor skips a row.
 */
public record HistoryCursor(Instant startedAt, String matchId) {

    private static final String KIND = "match-history";

    public static HistoryCursor of(Match match) {
        return new HistoryCursor(match.startedAt(), match.id());
    }

    public String encode() {
        return Cursors.encode(KIND, startedAt.toEpochMilli() + ":" + matchId);
    }

    /** The cursor's position, or null for a null cursor; INVALID_CURSOR when it is not one of ours. */
    public static HistoryCursor decode(String cursor) {
        String value = Cursors.decode(KIND, cursor);
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            if (colon <= 0 || colon == value.length() - 1) {
                throw new NumberFormatException();
            }
            return new HistoryCursor(
                    Instant.ofEpochMilli(Long.parseLong(value.substring(0, colon))), value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("INVALID_CURSOR", "The cursor is not one this list returned.");
        }
    }
}
