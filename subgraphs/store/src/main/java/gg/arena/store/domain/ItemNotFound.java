package gg.arena.store.domain;

/** Schema type {@code ItemNotFound}: no item has this sku. */
public record ItemNotFound(String sku) implements PurchaseResult {

    public String message() {
        return "No item has the sku '" + sku + "'.";
    }

    @Override
    public String typeName() {
        return "ItemNotFound";
    }
}
