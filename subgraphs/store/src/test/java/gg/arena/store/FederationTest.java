package gg.arena.store;

import gg.arena.subgraph.testing.ServedSdl;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import gg.arena.store.seed.DemoCatalog;
import gg.arena.subgraph.demo.DemoWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FederationTest extends StoreTestBase {

    @Test
    void theServiceSdlIsTheContract() {
        DocumentContext answer = http.post("{ _service { sdl } }", Map.of());
        String sdl = answer.read("$.data._service.sdl");
        assertThat(ServedSdl.differences(sdl, "schema/store.graphqls")).as("served SDL vs its file").isEmpty();
        assertThat(sdl)
                .containsPattern("type Item @key\\(fields ?: ?\"sku\"")
                .containsPattern("type Player @key\\(fields ?: ?\"id\"")
                .contains("union PurchaseResult = InsufficientFunds | ItemNotFound | PurchaseSuccess")
                .contains("unitCost: Int @inaccessible")
                .contains("purchase(idempotencyKey: String!, quantity: Int!, sku: String!): PurchaseResult!");
    }

    @Test
    void hundredItemRepresentationsAreOneStatement() {
        List<Map<String, Object>> representations = IntStream.rangeClosed(1, 100)
                .mapToObj(n -> Map.<String, Object>of("__typename", "Item", "sku", DemoCatalog.sku(n * 2)))
                .toList();
        statements.reset();
        DocumentContext answer = http.post(StoreOperations.ITEMS, Map.of("representations", representations));
        assertThat(statements.statementsMentioning("from items")).hasSize(1);
        assertThat(statements.statements()).hasSize(1);
        List<String> skus = answer.read("$.data._entities[*].sku");
        assertThat(skus).containsExactlyElementsOf(representations.stream().map(r -> (String) r.get("sku")).toList());
        assertThat(answer.<List<Integer>>read("$.data._entities[*].unitCost")).allSatisfy(c -> assertThat(c).isNotNegative());
    }

    @Test
    void anUnknownItemRepresentationIsNullInItsPlace() {
        DocumentContext answer = http.post(StoreOperations.ITEMS, Map.of("representations", List.of(
                Map.of("__typename", "Item", "sku", "SKU-0001"),
                Map.of("__typename", "Item", "sku", "SKU-NOPE"),
                Map.of("__typename", "Item", "sku", "SKU-0003"))));
        List<Object> entities = answer.read("$.data._entities");
        assertThat(entities).hasSize(3);
        assertThat(entities.get(1)).isNull();
        assertThat(answer.<String>read("$.data._entities[2].sku")).isEqualTo("SKU-0003");
    }

    @Test
    void hundredPlayerWalletsAreOneStatementAgainstWallets() {
        List<Map<String, Object>> representations = IntStream.rangeClosed(101, 200)
                .mapToObj(n -> Map.<String, Object>of("__typename", "Player", "id", DemoWorld.playerId(n)))
                .toList();
        statements.reset();
        DocumentContext answer = http.post(StoreOperations.WALLETS, Map.of("representations", representations));
        assertThat(statements.statementsMentioning("wallets")).hasSize(1);
        assertThat(statements.statements()).hasSize(1);
        assertThat(answer.<List<String>>read("$.data._entities[*].id"))
                .containsExactlyElementsOf(representations.stream().map(r -> (String) r.get("id")).toList());
        assertThat(answer.<List<Integer>>read("$.data._entities[*].wallet.balance")).hasSize(100)
                .allSatisfy(b -> assertThat(b).isNotNegative());
    }

    @Test
    void hundredInventoriesAreOneStatementPerTable() {
        List<Map<String, Object>> representations = IntStream.rangeClosed(301, 400)
                .mapToObj(n -> Map.<String, Object>of("__typename", "Player", "id", DemoWorld.playerId(n)))
                .toList();
        statements.reset();
        DocumentContext answer = http.post(StoreOperations.PLAYERS, Map.of("representations", representations));
        assertThat(statements.statementsMentioning("from wallets")).hasSize(1);
        assertThat(statements.statementsMentioning("from inventory")).hasSize(1);
        assertThat(statements.statementsMentioning("from items")).hasSize(1);
        assertThat(statements.statements()).hasSize(3);
        List<List<Object>> inventories = answer.read("$.data._entities[*].inventory");
        assertThat(inventories).hasSize(100).allSatisfy(inv -> assertThat(inv).hasSizeBetween(1, 3));
        assertThat(answer.<List<String>>read("$.data._entities[*].inventory[*].item.sku")).allSatisfy(
                sku -> assertThat(sku).startsWith("SKU-"));
    }

    @Test
    void playersTheStoreNeverSawGetStartingWalletsInOneBatch() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(StoreProbe.newPlayerId());
        }
        List<Map<String, Object>> representations =
                ids.stream().map(id -> Map.<String, Object>of("__typename", "Player", "id", id)).toList();
        statements.reset();
        DocumentContext answer = http.post(StoreOperations.PLAYERS, Map.of("representations", representations));
        assertThat(statements.statementsMentioning("select")).filteredOn(s -> s.contains("wallets")).hasSize(1);
        assertThat(statements.statementsMentioning("insert into wallets")).hasSize(1);
        assertThat(answer.<List<Integer>>read("$.data._entities[*].wallet.balance"))
                .hasSize(20).containsOnly(DemoWorld.STARTING_GEMS);
        assertThat(answer.<List<Object>>read("$.data._entities[*].inventory[*]")).isEmpty();
        assertThat(ids).allSatisfy(id -> assertThat(store.balance(id)).isEqualTo(DemoWorld.STARTING_GEMS));

        // The opened wallet is what the next read sees, updatedAt included.
        DocumentContext again = http.post(StoreOperations.PLAYERS, Map.of("representations", representations));
        assertThat(again.<List<String>>read("$.data._entities[*].wallet.updatedAt"))
                .isEqualTo(answer.read("$.data._entities[*].wallet.updatedAt"));
    }

    @Test
    void aPlayerRepresentationWithoutAnIdIsAnErrorAtItsPath() {
        DocumentContext answer = http.post(StoreOperations.WALLETS, Map.of("representations", List.of(
                Map.of("__typename", "Player", "id", "p-0001"),
                Map.of("__typename", "Player", "id", ""))));
        assertThat(answer.<Integer>read("$.data._entities[0].wallet.balance")).isNotNull();
        assertThat(answer.<Object>read("$.data._entities[1]")).isNull();
        // DGS reports entity-fetcher failures itself, without extensions.code; the message says why.
        assertThat(answer.<String>read("$.errors[0].message")).contains("needs an 'id' of 1 to 64 characters");
        assertThat(answer.<List<Object>>read("$.errors[0].path")).containsExactly("_entities", 1);
    }
}
