package gg.arena.subgraph.paging;

import gg.arena.subgraph.errors.InvalidInputException;

/** Checks a {@code first} argument against the 1..100 range every list in the schema documents. */
public final class PageSize {

    public static final int MAX = 100;

    private PageSize() {}

    public static int check(Integer first, int defaultSize) {
        int size = first == null ? defaultSize : first;
        if (size < 1 || size > MAX) {
            throw new InvalidInputException("INVALID_PAGE_SIZE",
                    "'first' must be between 1 and " + MAX + ", got " + size + ".");
        }
        return size;
    }
}
