package gg.arena.router.execute;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.Router;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.testing.FixtureRouter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One {@code _entities} request per plan step and path, with each representation once. */
class EntityBatchingTest {
    static FixtureRouter fixture;
    static HttpSubgraphClient client;
    static Router router;

    @BeforeAll
    static void start() throws Exception {
        fixture = new FixtureRouter("reviews");
        JsonMapper mapper = JsonMapper.builder().build();
        client = new HttpSubgraphClient(fixture.supergraph(), fixture.config(4000), mapper);
        router = new Router(fixture.supergraph(), client, mapper, 10);
    }

    @AfterAll
    static void stop() {
        client.close();
        fixture.close();
    }

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> representations(Map<String, Object> request) {
        return (List<Object>) ((Map<String, Object>) request.get("variables")).get("representations");
    }

    @Test
    void repeatedEntitiesAreSentOnce() {
        // Review authors across all products: 1, 2, 1, 3 -> three distinct representations in one request.
        var r = router.execute(new GraphQLRequest("{ topProducts { reviews { author { name } } } }", null, null),
                RequestHeaders.NONE, true, false).block();
        assertThat(r.body().toString()).contains("Ada Lovelace").contains("Alan Turing");
        var accounts = fixture.subgraph("accounts").requests();
        assertThat(accounts).hasSize(1);
        assertThat(representations(accounts.getFirst())).containsExactly(
                Map.of("__typename", "User", "id", "1"), Map.of("__typename", "User", "id", "2"),
                Map.of("__typename", "User", "id", "3"));
    }

    @Test
    void requiredFieldsTravelInTheRepresentation() {
        router.execute(new GraphQLRequest("{ topProducts { shippingEstimate } }", null, null), RequestHeaders.NONE,
                true, false).block();
        var inventory = fixture.subgraph("inventory").requests();
        assertThat(inventory).hasSize(1);
        assertThat(representations(inventory.getFirst())).first()
                .isEqualTo(Map.of("__typename", "Product", "upc", "1", "price", 899, "weight", 100));
    }

    @Test
    void providedFieldsAreNotFetchedAgain() {
        router.execute(new GraphQLRequest("{ topProducts { reviews { author { username } } } }", null, null),
                RequestHeaders.NONE, true, false).block();
        assertThat(fixture.subgraph("accounts").requests()).isEmpty();
        assertThat(fixture.subgraph("reviews").requests()).hasSize(1);
    }

    @Test
    void nothingToFetchMeansNoRequest() {
        // Product 3 has no reviews from user 3's perspective... every product's reviews list is fetched, but a
        // path with no objects (empty lists) sends no _entities request at all.
        router.execute(new GraphQLRequest("{ user(id: \"9\") { reviews { id } } }", null, null), RequestHeaders.NONE,
                true, false).block();
        assertThat(fixture.subgraph("reviews").requests()).isEmpty();
    }

    @Test
    void oneRequestPerSubgraphAndPlanStep() throws Exception {
        String query = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/fixtures/reviews/operations/bench-query.graphql"));
        var r = router.execute(new GraphQLRequest(query, null, null), RequestHeaders.NONE, true, false).block();
        assertThat(r.body().has("data")).isTrue();
        // Levels: [accounts, products] [reviews (User and Product), inventory] [products, accounts] [inventory]
        assertThat(fixture.subgraph("reviews").requests()).hasSize(1);
        assertThat(fixture.subgraph("reviews").requests().getFirst().get("query").toString())
                .contains("_e0:_entities(representations:$r0){... on User")
                .contains("_e1:_entities(representations:$r1){... on Product");
        assertThat(fixture.subgraph("accounts").requests()).hasSize(2);
        assertThat(fixture.subgraph("products").requests()).hasSize(2);
        assertThat(fixture.subgraph("inventory").requests()).hasSize(2);
    }
}
