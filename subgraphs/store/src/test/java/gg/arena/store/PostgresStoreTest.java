package gg.arena.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.demo.DemoWorld;
import gg.arena.subgraph.testing.CleanDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The store on PostgreSQL (schema {@code store_test}, cleaned and migrated at context start):
 * the idempotency races where row locks and the unique constraint really contend, and data
 * surviving a restart.
 */
@EnabledIf("gg.arena.subgraph.testing.Postgres#available")
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ARENA_DB_SCHEMA=" + PostgresStoreTest.SCHEMA, "spring.flyway.clean-disabled=false"})
@Import(CleanDatabase.class)
class PostgresStoreTest {

    static final String SCHEMA = "store_test";

    @LocalServerPort
    int port;

    @Autowired
    BearerTokens tokens;

    @Autowired
    JdbcClient jdbc;

    StoreProbe store;

    @BeforeEach
    void connect() {
        store = new StoreProbe(new GraphQlHttp(port), tokens, jdbc);
    }

    @Test
    void theDemoWorldIsSeeded() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM items").query(Integer.class).single()).isEqualTo(DemoWorld.ITEMS);
        assertThat(store.balance(DemoWorld.playerId(1000))).isNotNull();
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
    }

    @Test
    void fiftyConcurrentCallsWithOneKeyChargeOnce() throws Exception {
        PurchaseRaces.fiftyCallsWithOneKeyChargeOnce(store);
    }

    @Test
    void differentKeysRacingForTheLastGemsNeverOverspend() throws Exception {
        PurchaseRaces.differentKeysNeverOverspend(store);
    }

    @Test
    void aPurchaseSurvivesARestart() {
        String player = StoreProbe.newPlayerId();
        String key = StoreProbe.newKey();
        int price = store.price("SKU-0077");
        DocumentContext first;
        try (ConfigurableApplicationContext app = startStore()) {
            StoreProbe before = probe(app);
            first = before.buy(before.tokenFor(player), "SKU-0077", 2, key);
            assertThat(first.<String>read("$.data.purchase.__typename")).isEqualTo("PurchaseSuccess");
        }
        try (ConfigurableApplicationContext app = startStore()) {
            StoreProbe after = probe(app);
            DocumentContext wallet = after.http().post(StoreOperations.PLAYERS,
                    Map.of("representations", List.of(Map.of("__typename", "Player", "id", player))));
            assertThat(wallet.<Integer>read("$.data._entities[0].wallet.balance"))
                    .isEqualTo(DemoWorld.STARTING_GEMS - 2 * price);
            assertThat(wallet.<List<Integer>>read("$.data._entities[0].inventory[*].quantity")).containsExactly(2);
            DocumentContext retried = after.buy(after.tokenFor(player), "SKU-0077", 2, key);
            assertThat(retried.<Map<String, Object>>read("$.data.purchase")).isEqualTo(first.read("$.data.purchase"));
            assertThat(after.purchaseRows(player)).isEqualTo(1);
            assertThat(after.balance(player)).isEqualTo(DemoWorld.STARTING_GEMS - 2 * price);
        }
    }

    /** A second, separate store process-alike on the same schema, without CleanDatabase. */
    private static ConfigurableApplicationContext startStore() {
        return new SpringApplicationBuilder(StoreApplication.class)
                .profiles("postgres")
                .properties("server.port=0", "ARENA_DB_SCHEMA=" + SCHEMA, "spring.main.banner-mode=off")
                .run();
    }

    private static StoreProbe probe(ConfigurableApplicationContext app) {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        return new StoreProbe(new GraphQlHttp(port), app.getBean(BearerTokens.class), app.getBean(JdbcClient.class));
    }
}
