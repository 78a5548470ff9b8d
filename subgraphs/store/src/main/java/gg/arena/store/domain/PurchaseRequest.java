package gg.arena.store.domain;

/** What a purchase call asked for, kept with its idempotency key so a reused key can be recognised. */
public record PurchaseRequest(String playerId, String idempotencyKey, String sku, int quantity) {

    /** Whether a later call with the same key asks for the same thing. */
    public boolean sameAs(String otherSku, int otherQuantity) {
        return sku.equals(otherSku) && quantity == otherQuantity;
    }
}
