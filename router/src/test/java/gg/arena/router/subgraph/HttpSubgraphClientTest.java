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
        // Port 9 (discard) has no listener: connections are refused at once.
        int port = 9;
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

    /** A server that closes the first connection without answering, then answers every later one. */
    private static ServerSocket flakyServer() throws Exception {
        ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            int n = 0;
            while (!server.isClosed()) {
                try (java.net.Socket s = server.accept()) {
                    var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream()));
                    int length = 0;
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(15).trim());
                        }
                    }
                    for (int i = 0; i < length; i++) {
                        in.read();
                    }
                    if (n++ == 0) {
                        continue;
                    }
                    byte[] body = "{\"data\":{\"ok\":true}}".getBytes();
                    s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + body.length + "\r\nConnection: close\r\n\r\n").getBytes());
                    s.getOutputStream().write(body);
                    s.getOutputStream().flush();
                } catch (Exception e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    @Test
    void aReadMeetingAClosedConnectionIsSentAgainButAMutationIsNot() throws Exception {
        try (FixtureRouter fixture = new FixtureRouter("reviews")) {
            try (ServerSocket flaky = flakyServer()) {
                RouterConfig config = new RouterConfig(Path.of("x"), 4000, Map.of("products", new SubgraphConfig(
                        List.of("http://127.0.0.1:" + flaky.getLocalPort() + "/graphql"), null)), null, 0, true);
                try (HttpSubgraphClient client = new HttpSubgraphClient(fixture.supergraph(), config, MAPPER)) {
                    assertThat(client.read("products", QUERY, RequestHeaders.NONE).block().get("data").get("ok")
                            .asBoolean()).isTrue();
                }
            }
            try (ServerSocket flaky = flakyServer()) {
                RouterConfig config = new RouterConfig(Path.of("x"), 4000, Map.of("products", new SubgraphConfig(
                        List.of("http://127.0.0.1:" + flaky.getLocalPort() + "/graphql"), null)), null, 0, true);
                try (HttpSubgraphClient client = new HttpSubgraphClient(fixture.supergraph(), config, MAPPER)) {
                    assertThatThrownBy(() -> client.execute("products", QUERY, RequestHeaders.NONE).block())
                            .isInstanceOf(SubgraphException.class);
                }
            }
        }
    }
}
