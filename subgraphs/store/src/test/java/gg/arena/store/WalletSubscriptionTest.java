package gg.arena.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import gg.arena.store.events.StoreTopics;
import gg.arena.subgraph.events.EventBus;
import gg.arena.subgraph.testing.GraphQlWsClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** walletChanged over a real graphql-transport-ws socket: own purchases only, and only with a token. */
class WalletSubscriptionTest extends StoreTestBase {

    private static final String WALLET = "subscription { walletChanged { balance currency updatedAt } }";

    @Autowired
    EventBus bus;

    @Test
    void theSignedInPlayerGetsTheirOwnWalletAfterEachPurchaseAndNobodyElses() {
        String me = StoreProbe.newPlayerId();
        String other = StoreProbe.newPlayerId();
        String myToken = store.tokenFor(me);
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            assertThat(ws.init(Map.of("Authorization", "Bearer " + myToken))).containsEntry("type", "connection_ack");
            ws.subscribe("w", WALLET, Map.of());
            awaitListening(me);

            // another player's purchase first: a subscriber of the wrong wallet would get it first
            store.buy(store.tokenFor(other), "SKU-0003", 1, StoreProbe.newKey());
            String key = StoreProbe.newKey();
            DocumentContext bought = store.buy(myToken, "SKU-0004", 2, key);
            assertThat(bought.<String>read("$.data.purchase.__typename")).isEqualTo("PurchaseSuccess");

            Map<String, Object> next = ws.next();
            assertThat(next).containsEntry("type", "next").containsEntry("id", "w");
            assertThat(next.get("payload")).isEqualTo(Map.of("data", Map.of("walletChanged", Map.of(
                    "balance", bought.<Integer>read("$.data.purchase.wallet.balance"),
                    "currency", "GEMS",
                    "updatedAt", bought.<String>read("$.data.purchase.wallet.updatedAt")))));

            // a retried purchase changes nothing, so it announces nothing: the next event is the next purchase's
            store.buy(myToken, "SKU-0004", 2, key);
            DocumentContext again = store.buy(myToken, "SKU-0002", 1, StoreProbe.newKey());
            Map<String, Object> after = ws.next();
            assertThat(after).containsEntry("type", "next");
            assertThat(after.get("payload").toString())
                    .contains("balance=" + again.read("$.data.purchase.wallet.balance") + ",");
        }
    }

    @Test
    void theTokenMayComeInTheUpgradeRequestsAuthorizationHeader() {
        String me = StoreProbe.newPlayerId();
        String token = store.tokenFor(me);
        try (GraphQlWsClient ws = GraphQlWsClient.open(port, Map.of("Authorization", "Bearer " + token))) {
            assertThat(ws.init(null)).containsEntry("type", "connection_ack");
            ws.subscribe("w", WALLET, Map.of());
            awaitListening(me);
            DocumentContext bought = store.buy(token, "SKU-0001", 1, StoreProbe.newKey());
            Map<String, Object> next = ws.next();
            assertThat(next).containsEntry("type", "next");
            assertThat(next.get("payload").toString()).contains("balance=" + bought.read("$.data.purchase.wallet.balance"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutATokenTheSubscriptionFailsWithUnauthenticated() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.subscribe("anon", WALLET, Map.of());
            Map<String, Object> next = ws.next();
            assertThat(next).containsEntry("type", "next").containsEntry("id", "anon");
            Map<String, Object> payload = (Map<String, Object>) next.get("payload");
            assertThat(payload).containsEntry("data", null);
            List<Map<String, Object>> errors = (List<Map<String, Object>>) payload.get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).containsEntry("path", List.of("walletChanged"));
            assertThat((Map<String, Object>) errors.get(0).get("extensions")).containsEntry("code", "UNAUTHENTICATED");
            assertThat(ws.next()).containsEntry("type", "complete").containsEntry("id", "anon");
        }
    }

    @Test
    void aBadTokenInConnectionInitClosesTheSocketAsUnauthorized() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.send(Map.of("type", "connection_init", "payload", Map.of("authorization", "Bearer not-a-token")));
            assertThat(ws.closeCode()).isEqualTo(4401);
        }
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Basic abc")));
            assertThat(ws.closeCode()).isEqualTo(4401);
        }
    }

    private void awaitListening(String playerId) {
        Awaitility.await("the walletChanged subscription reached the bus").atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> bus.subscriberCount(StoreTopics.wallet(playerId)) > 0);
    }
}
