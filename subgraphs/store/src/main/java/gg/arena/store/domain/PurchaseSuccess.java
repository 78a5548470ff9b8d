package gg.arena.store.domain;

import java.time.Instant;

/** Schema type {@code PurchaseSuccess}; {@code wallet} is the wallet right after the purchase. */
public record PurchaseSuccess(
        String purchaseId, String sku, int quantity, int totalPrice, Wallet wallet, Instant purchasedAt)
        implements PurchaseResult {

    @Override
    public String typeName() {
        return "PurchaseSuccess";
    }
}
