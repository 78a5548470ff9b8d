package gg.arena.store;

/** The GraphQL operations the tests send, written once. */
final class StoreOperations {

    static final String PURCHASE = """
            mutation Buy($sku: String!, $quantity: Int!, $key: String!) {
              purchase(sku: $sku, quantity: $quantity, idempotencyKey: $key) {
                __typename
                ... on PurchaseSuccess {
                  purchaseId quantity totalPrice purchasedAt
                  item { sku price }
                  wallet { balance currency updatedAt }
                }
                ... on InsufficientFunds { message balance required }
                ... on ItemNotFound { message sku }
              }
            }""";

    static final String PLAYERS = """
            query Players($representations: [_Any!]!) {
              _entities(representations: $representations) {
                ... on Player {
                  id
                  wallet { balance currency updatedAt }
                  inventory { quantity acquiredAt item { sku name } }
                }
              }
            }""";

    static final String WALLETS = """
            query Wallets($representations: [_Any!]!) {
              _entities(representations: $representations) {
                ... on Player { id wallet { balance } }
              }
            }""";

    static final String ITEMS = """
            query Items($representations: [_Any!]!) {
              _entities(representations: $representations) {
                ... on Item { sku name description category rarity price unitCost }
              }
            }""";

    private StoreOperations() {}
}
