package gg.arena.subgraph.paging;

import gg.arena.subgraph.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: base64url of {@code kind:value}. The kind stops a cursor of one list being
 * replayed against another; a cursor that does not decode is a BAD_REQUEST with code INVALID_CURSOR.
 */
public final class Cursors {

    private Cursors() {}

    public static String encode(String kind, String value) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
    }

    /** The value of a cursor of this kind; null in, null out. */
    public static String decode(String kind, String cursor) {
        if (cursor == null) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        if (!text.startsWith(kind + ":")) {
            throw invalid(cursor);
        }
        return text.substring(kind.length() + 1);
    }

    /** A cursor carrying a non-negative offset. */
    public static String offset(String kind, long offset) {
        return encode(kind, Long.toString(offset));
    }

    /**
     * The offset of the row an {@link #offset} cursor points at, or -1 without a cursor, so
     * {@code offsetOf(...) + 1} is where the page after it starts.
     */
    public static long offsetOf(String kind, String cursor) {
        String value = decode(kind, cursor);
        if (value == null) {
            return -1;
        }
        try {
            long offset = Long.parseLong(value);
            if (offset < 0) {
                throw invalid(cursor);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
    }

    private static InvalidInputException invalid(String cursor) {
        return new InvalidInputException("INVALID_CURSOR",
                "The cursor '" + abbreviate(cursor) + "' is not one this list returned.");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
