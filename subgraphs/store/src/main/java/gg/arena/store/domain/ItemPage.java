package gg.arena.store.domain;

import java.util.List;

/** One page of the catalogue: the items, whether more follow, and how many match in all. */
public record ItemPage(List<Item> items, boolean hasNextPage, boolean hasPreviousPage, int totalCount) {}
