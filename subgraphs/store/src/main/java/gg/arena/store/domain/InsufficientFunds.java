package gg.arena.store.domain;

/** Schema type {@code InsufficientFunds}: the wallet held {@code balance}, the purchase needed {@code required}. */
public record InsufficientFunds(int balance, int required) implements PurchaseResult {

    public String message() {
        return "Not enough gems: this purchase costs " + required + ", the wallet holds " + balance + ".";
    }

    @Override
    public String typeName() {
        return "InsufficientFunds";
    }
}
