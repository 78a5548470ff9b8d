package gg.arena.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import gg.arena.subgraph.demo.DemoWorld;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseTest extends StoreTestBase {

    @Test
    void aPurchaseDebitsTheWalletAndGrantsTheItems() {
        String player = StoreProbe.newPlayerId();
        String token = store.tokenFor(player);
        int price = store.price("SKU-0005");

        DocumentContext answer = store.buy(token, "SKU-0005", 2, StoreProbe.newKey());

        assertThat(answer.<String>read("$.data.purchase.__typename")).isEqualTo("PurchaseSuccess");
        assertThat(answer.<String>read("$.data.purchase.purchaseId")).startsWith("pu-");
        assertThat(answer.<Integer>read("$.data.purchase.quantity")).isEqualTo(2);
        assertThat(answer.<Integer>read("$.data.purchase.totalPrice")).isEqualTo(2 * price);
        assertThat(answer.<String>read("$.data.purchase.item.sku")).isEqualTo("SKU-0005");
        assertThat(answer.<Integer>read("$.data.purchase.wallet.balance")).isEqualTo(DemoWorld.STARTING_GEMS - 2 * price);
        assertThat(answer.<String>read("$.data.purchase.wallet.currency")).isEqualTo("GEMS");
        assertThat(answer.<String>read("$.data.purchase.wallet.updatedAt"))
                .isEqualTo(answer.read("$.data.purchase.purchasedAt"));

        DocumentContext after = http.post(StoreOperations.PLAYERS,
                Map.of("representations", List.of(Map.of("__typename", "Player", "id", player))));
        assertThat(after.<Integer>read("$.data._entities[0].wallet.balance")).isEqualTo(DemoWorld.STARTING_GEMS - 2 * price);
        assertThat(after.<List<String>>read("$.data._entities[0].inventory[*].item.sku")).containsExactly("SKU-0005");
        assertThat(after.<List<Integer>>read("$.data._entities[0].inventory[*].quantity")).containsExactly(2);
        assertThat(store.purchaseRows(player)).isEqualTo(1);
    }

    @Test
    void buyingAnItemAlreadyOwnedAddsToItsQuantity() {
        String player = DemoWorld.playerId(999);
        String sku = jdbc.sql("SELECT sku FROM inventory WHERE player_id = :p ORDER BY sku LIMIT 1")
                .param("p", player).query(String.class).single();
        int owned = store.quantity(player, sku);
        int rows = store.inventoryRows(player);
        int balance = store.balance(player);

        DocumentContext answer = store.buy(store.tokenFor(player), sku, 1, StoreProbe.newKey());

        assertThat(answer.<String>read("$.data.purchase.__typename")).isEqualTo("PurchaseSuccess");
        assertThat(store.quantity(player, sku)).isEqualTo(owned + 1);
        assertThat(store.inventoryRows(player)).isEqualTo(rows);
        assertThat(store.balance(player)).isEqualTo(balance - store.price(sku));
    }

    @Test
    void notEnoughGemsIsInsufficientFundsAndChangesNothing() {
        String player = StoreProbe.newPlayerId();
        String token = store.tokenFor(player);
        int price = store.price("SKU-0010");
        int quantity = DemoWorld.STARTING_GEMS / price + 1;

        DocumentContext answer = store.buy(token, "SKU-0010", quantity, StoreProbe.newKey());

        assertThat(answer.<String>read("$.data.purchase.__typename")).isEqualTo("InsufficientFunds");
        assertThat(answer.<Integer>read("$.data.purchase.balance")).isEqualTo(DemoWorld.STARTING_GEMS);
        assertThat(answer.<Integer>read("$.data.purchase.required")).isEqualTo(price * quantity);
        assertThat(answer.<String>read("$.data.purchase.message")).contains("Not enough gems");
        assertThat(store.balance(player)).isEqualTo(DemoWorld.STARTING_GEMS);
        assertThat(store.inventoryRows(player)).isZero();
    }

    @Test
    void anUnknownSkuIsItemNotFoundAndChangesNothing() {
        String player = StoreProbe.newPlayerId();

        DocumentContext answer = store.buy(store.tokenFor(player), "SKU-9999", 1, StoreProbe.newKey());

        assertThat(answer.<String>read("$.data.purchase.__typename")).isEqualTo("ItemNotFound");
        assertThat(answer.<String>read("$.data.purchase.sku")).isEqualTo("SKU-9999");
        assertThat(answer.<String>read("$.data.purchase.message")).contains("SKU-9999");
        assertThat(store.balance(player)).isNull();
        assertThat(store.inventoryRows(player)).isZero();
    }

    @Test
    void aPurchaseWithoutABearerTokenIsUnauthenticated() {
        String before = jdbc.sql("SELECT COUNT(*) FROM purchases").query(Integer.class).single().toString();
        DocumentContext answer = store.buy(null, "SKU-0001", 1, StoreProbe.newKey());
        assertThat(answer.<String>read("$.errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.<List<Object>>read("$.errors[0].path")).containsExactly("purchase");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM purchases").query(Integer.class).single().toString()).isEqualTo(before);
    }

    @Test
    void aBadTokenIsUnauthenticated() {
        DocumentContext answer = store.buy("not-a-token", "SKU-0001", 1, StoreProbe.newKey());
        assertThat(answer.<String>read("$.errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aQuantityOutsideOneToNinetyNineIsInvalidAndWritesNothing() {
        for (int quantity : new int[] {0, -1, 100}) {
            assertRejected(quantity, StoreProbe.newKey(), "SKU-0001", "INVALID_QUANTITY");
        }
    }

    @Test
    void aMalformedIdempotencyKeyIsInvalidAndWritesNothing() {
        for (String key : List.of("", "short", "x".repeat(65), "has space in it", "emoji-🙂-key", "semi;colon;key")) {
            assertRejected(1, key, "SKU-0001", "INVALID_IDEMPOTENCY_KEY");
        }
    }

    @Test
    void theEdgesOfTheKeyRuleAreAccepted() {
        String player = StoreProbe.newPlayerId();
        String token = store.tokenFor(player);
        for (String key : List.of("abcdefgh", "A".repeat(64), "a_b:c.d-e0")) {
            assertThat(store.buy(token, "SKU-0001", 1, key).<String>read("$.data.purchase.__typename"))
                    .isEqualTo("PurchaseSuccess");
        }
        assertThat(store.purchaseRows(player)).isEqualTo(3);
    }

    @Test
    void anEmptyOrOverLongSkuIsInvalidAndWritesNothing() {
        assertRejected(1, StoreProbe.newKey(), "", "INVALID_SKU");
        assertRejected(1, StoreProbe.newKey(), "S".repeat(10_000), "INVALID_SKU");
    }

    @Test
    void theSameKeyTwiceReturnsTheFirstResultAndChargesOnce() {
        String player = StoreProbe.newPlayerId();
        String token = store.tokenFor(player);
        String key = StoreProbe.newKey();
        int price = store.price("SKU-0020");

        DocumentContext first = store.buy(token, "SKU-0020", 4, key);
        DocumentContext second = store.buy(token, "SKU-0020", 4, key);

        assertThat(first.<String>read("$.data.purchase.__typename")).isEqualTo("PurchaseSuccess");
        assertThat(second.<Map<String, Object>>read("$.data.purchase")).isEqualTo(first.read("$.data.purchase"));
        assertThat(store.balance(player)).isEqualTo(DemoWorld.STARTING_GEMS - 4 * price);
        assertThat(store.quantity(player, "SKU-0020")).isEqualTo(4);
        assertThat(store.purchaseRows(player)).isEqualTo(1);
    }

    @Test
    void aRetriedFailureReturnsTheStoredFailureEvenAfterTheWalletChanged() {
        String player = StoreProbe.newPlayerId();
        String token = store.tokenFor(player);
        String failedKey = StoreProbe.newKey();
        int price = store.price("SKU-0030");
        int tooMany = DemoWorld.STARTING_GEMS / price + 1;

        DocumentContext first = store.buy(token, "SKU-0030", tooMany, failedKey);
        assertThat(first.<String>read("$.data.purchase.__typename")).isEqualTo("InsufficientFunds");
        store.buy(token, "SKU-0030", 1, StoreProbe.newKey());
        DocumentContext retried = store.buy(token, "SKU-0030", tooMany, failedKey);

        assertThat(retried.<Map<String, Object>>read("$.data.purchase")).isEqualTo(first.read("$.data.purchase"));
        assertThat(store.balance(player)).isEqualTo(DemoWorld.STARTING_GEMS - price);

        String unknownKey = StoreProbe.newKey();
        DocumentContext notFound = store.buy(token, "SKU-0000", 1, unknownKey);
        assertThat(store.buy(token, "SKU-0000", 1, unknownKey).<Map<String, Object>>read("$.data.purchase"))
                .isEqualTo(notFound.read("$.data.purchase"))
                .containsEntry("__typename", "ItemNotFound");
    }

    @Test
    void aKeyReusedForAnotherPurchaseIsRejectedAndWritesNothing() {
        String player = StoreProbe.newPlayerId();
        String token = store.tokenFor(player);
        String key = StoreProbe.newKey();
        store.buy(token, "SKU-0040", 1, key);
        int balance = store.balance(player);

        for (DocumentContext answer : List.of(store.buy(token, "SKU-0041", 1, key), store.buy(token, "SKU-0040", 2, key))) {
            assertThat(answer.<String>read("$.errors[0].extensions.code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
            assertThat(answer.<Object>read("$.data")).isNull();
        }
        assertThat(store.balance(player)).isEqualTo(balance);
        assertThat(store.purchaseRows(player)).isEqualTo(1);
        assertThat(store.inventoryRows(player)).isEqualTo(1);
    }

    @Test
    void oneKeyBelongsToOnePlayer() {
        String key = StoreProbe.newKey();
        String alice = StoreProbe.newPlayerId();
        String bob = StoreProbe.newPlayerId();
        store.buy(store.tokenFor(alice), "SKU-0050", 1, key);
        DocumentContext bobs = store.buy(store.tokenFor(bob), "SKU-0051", 1, key);
        assertThat(bobs.<String>read("$.data.purchase.__typename")).isEqualTo("PurchaseSuccess");
        assertThat(bobs.<String>read("$.data.purchase.item.sku")).isEqualTo("SKU-0051");
    }

    @Test
    void fiftyConcurrentCallsWithOneKeyChargeOnce() throws Exception {
        PurchaseRaces.fiftyCallsWithOneKeyChargeOnce(store);
    }

    @Test
    void differentKeysRacingForTheLastGemsNeverOverspend() throws Exception {
        PurchaseRaces.differentKeysNeverOverspend(store);
    }

    private void assertRejected(int quantity, String key, String sku, String code) {
        String player = StoreProbe.newPlayerId();
        DocumentContext answer = store.buy(store.tokenFor(player), sku, quantity, key);
        assertThat(answer.<String>read("$.errors[0].extensions.code")).as("quantity %s key %s", quantity, key)
                .isEqualTo(code);
        assertThat(answer.<List<Object>>read("$.errors[0].path")).containsExactly("purchase");
        assertThat(answer.<Object>read("$.data")).isNull();
        assertThat(store.purchaseRows(player)).isZero();
        assertThat(store.balance(player)).isNull();
        assertThat(store.inventoryRows(player)).isZero();
    }
}
