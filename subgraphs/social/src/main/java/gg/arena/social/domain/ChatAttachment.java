package gg.arena.social.domain;

/** Schema union ChatAttachment: a reference to an entity another subgraph owns. */
public sealed interface ChatAttachment permits SharedItem, SharedMatch {

    /** The stored kind, ITEM or MATCH. */
    String kind();

    /** The stored id: the item's sku or the match's id. */
    String refId();

    static ChatAttachment of(String kind, String refId) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case SharedItem.KIND -> new SharedItem(refId);
            case SharedMatch.KIND -> new SharedMatch(refId);
            default -> throw new IllegalStateException("unknown attachment kind " + kind);
        };
    }
}
