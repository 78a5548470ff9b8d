package gg.arena.router.subgraph;

import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.testing.FixtureRouter;
import gg.arena.router.testing.FixtureSubgraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The subgraph seam: round robin over instances, circuit breaker, failures as SubgraphException. */
class HttpSubgraphClientTest {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final byte[] QUERY = "{\"query\":\"{ topProducts { upc } }\"}".getBytes();

    @Test
    void balancesRoundRobinOverTheConfiguredInstances() throws Exception {
        Path subgraphs = FixtureRouter.FIXTURES.resolve("reviews/subgraphs");
        try (FixtureRouter fixture = new FixtureRouter("reviews");
             FixtureSubgraph a = FixtureSubgraph.load(subgraphs, "products");
             FixtureSubgraph b = FixtureSubgraph.load(subgraphs, "products")) {
            RouterConfig config = new RouterConfig(Path.of("x"), 4000,
                    Map.of("products", new SubgraphConfig(List.of(a.url(), b.url()), null)), null, 0, true);
            try (HttpSubgraphClient client = new HttpSubgraphClient(fixture.supergraph(), config, MAPPER)) {
                for (int i = 0; i < 4; i++) {
                    assertThat(client.execute("products", QUERY, RequestHeaders.NONE).block().get("data")
                            .get("topProducts")).hasSize(3);
                }
            }
            assertThat(a.requests()).hasSize(2);
            assertThat(b.requests()).hasSize(2);
        }
    }

    @Test
    void anUnreachableSubgraphOpensItsCircuitBreaker() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (FixtureRouter fixture = new FixtureRouter("reviews")) {
            RouterConfig config = new RouterConfig(Path.of("x"), 4000, Map.of("products",
                    new SubgraphConfig(List.of("http://127.0.0.1:" + port + "/graphql"), Duration.ofSeconds(2))),
                    null, 0, true);
            try (HttpSubgraphClient client = new HttpSubgraphClient(fixture.supergraph(), config, MAPPER)) {
                assertThatThrownBy(() -> client.execute("products", QUERY, RequestHeaders.NONE).block())
                        .isInstanceOf(SubgraphException.class).hasMessage("could not connect");
                for (int i = 0; i < 30; i++) {
                    try {
                        client.execute("products", QUERY, RequestHeaders.NONE).block();
                    } catch (SubgraphException expected) {
                        // counted by the breaker
                    }
                }
                assertThatThrownBy(() -> client.execute("products", QUERY, RequestHeaders.NONE).block())
                        .isInstanceOf(SubgraphException.class).hasMessage("circuit breaker is open");
            }
        }
    }

    @Test
    void anUnknownSubgraphIsAnError() throws Exception {
        try (FixtureRouter fixture = new FixtureRouter("reviews");
             HttpSubgraphClient client = new HttpSubgraphClient(fixture.supergraph(), fixture.config(4000), MAPPER)) {
            assertThatThrownBy(() -> client.execute("nope", QUERY, RequestHeaders.NONE).block())
                    .isInstanceOf(SubgraphException.class);
        }
    }
}
