package gg.arena.store.domain;

/** A row of {@code purchases}: the request and the result its first call produced (null while pending). */
public record StoredPurchase(PurchaseRequest request, PurchaseResult result) {}
