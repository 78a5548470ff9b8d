package gg.arena.social.domain;

/** An {@code Item} of the store shared in chat; only its key lives here. */
public record SharedItem(String sku) implements ChatAttachment {

    public static final String KIND = "ITEM";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String refId() {
        return sku;
    }
}
