package gg.arena.store.domain;

/** Schema union {@code PurchaseResult}: the outcomes a purchase can have besides a validation error. */
public sealed interface PurchaseResult permits PurchaseSuccess, InsufficientFunds, ItemNotFound {

    /** The GraphQL object type of this outcome. */
    String typeName();
}
