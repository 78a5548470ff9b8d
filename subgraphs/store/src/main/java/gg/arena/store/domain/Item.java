package gg.arena.store.domain;

/** A catalogue item; {@code price} is in gems, {@code unitCost} is internal (inaccessible in the API). */
public record Item(
        String sku,
        String name,
        String description,
        ItemCategory category,
        Rarity rarity,
        int price,
        int unitCost) {}
