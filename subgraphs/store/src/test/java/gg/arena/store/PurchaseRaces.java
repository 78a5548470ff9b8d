package gg.arena.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import gg.arena.subgraph.demo.DemoWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** The concurrency scenarios, run against H2 and against PostgreSQL. */
final class PurchaseRaces {

    static final int CALLS = 50;

    private PurchaseRaces() {}

    /**
     * 50 concurrent HTTP purchases with one idempotency key: every answer is identical and the
     * player is charged once, owns the quantity once, and has one purchase row.
     */
    static void fiftyCallsWithOneKeyChargeOnce(StoreProbe store) throws Exception {
        String player = StoreProbe.newPlayerId();
        String token = store.tokenFor(player);
        String key = StoreProbe.newKey();
        String sku = "SKU-0042";
        int quantity = 3;
        int price = store.price(sku);

        List<DocumentContext> answers = concurrently(CALLS, i -> store.buy(token, sku, quantity, key));

        Map<String, Object> first = answers.getFirst().read("$.data.purchase");
        assertThat(first).containsEntry("__typename", "PurchaseSuccess");
        for (DocumentContext answer : answers) {
            assertThat(answer.<Map<String, Object>>read("$")).doesNotContainKey("errors");
            assertThat(answer.<Map<String, Object>>read("$.data.purchase")).isEqualTo(first);
        }
        assertThat(store.balance(player)).isEqualTo(DemoWorld.STARTING_GEMS - price * quantity);
        assertThat(store.purchaseRows(player)).isEqualTo(1);
        assertThat(store.quantity(player, sku)).isEqualTo(quantity);
        assertThat(store.inventoryRows(player)).isEqualTo(1);
    }

    /**
     * Different keys racing for the last gems: exactly one purchase wins, the rest get
     * InsufficientFunds, and the balance ends at zero, never below.
     */
    static void differentKeysNeverOverspend(StoreProbe store) throws Exception {
        String player = StoreProbe.newPlayerId();
        String token = store.tokenFor(player);
        String sku = "SKU-0001";
        int price = store.price(sku);
        int quantity = DemoWorld.STARTING_GEMS / price;          // more than half the wallet each
        assertThat(2 * price * quantity).isGreaterThan(DemoWorld.STARTING_GEMS);
        int calls = 10;

        List<DocumentContext> answers = concurrently(calls, i -> store.buy(token, sku, quantity, StoreProbe.newKey()));

        List<String> types = answers.stream().map(a -> a.<String>read("$.data.purchase.__typename")).toList();
        assertThat(types).containsOnly("PurchaseSuccess", "InsufficientFunds");
        assertThat(types.stream().filter("PurchaseSuccess"::equals).count()).isEqualTo(1);
        assertThat(store.balance(player)).isEqualTo(DemoWorld.STARTING_GEMS - price * quantity).isNotNegative();
        assertThat(store.quantity(player, sku)).isEqualTo(quantity);
        assertThat(store.purchaseRows(player)).isEqualTo(calls);
    }

    /** Runs {@code n} calls at once (released together by a latch) and returns their answers in order. */
    static <T> List<T> concurrently(int n, IntFunction<T> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
