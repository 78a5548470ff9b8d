package gg.arena.router.http;

import gg.arena.router.RouterApplication;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.testing.FixtureRouter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A subgraph that cannot be reached gives partial data and errors with HTTP 200, never a 5xx. */
class SubgraphDownOverHttpTest {
    static FixtureRouter fixture;
    static ConfigurableApplicationContext app;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        fixture = new FixtureRouter("reviews");
        int port = freePort();
        RouterConfig up = fixture.config(port);
        Map<String, SubgraphConfig> subgraphs = new HashMap<>(up.subgraphs());
        subgraphs.put("reviews", new SubgraphConfig(List.of("http://127.0.0.1:9/graphql"), null));
        app = RouterApplication.start(new RouterConfig(up.supergraph(), port, subgraphs, up.subgraphTimeout(), 10,
                true), fixture.supergraph());
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() {
        app.close();
        fixture.close();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void partialDataWithErrorsAnd200() throws Exception {
        for (String accept : List.of("application/json", "application/graphql-response+json")) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                            + "/graphql")).header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ topProducts { name reviews { id } } }\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = JsonMapper.builder().build().readTree(r.body());
            assertThat(body.get("data").get("topProducts").get(0).get("name").asString()).isEqualTo("Table");
            assertThat(body.get("data").get("topProducts").get(0).get("reviews").isNull()).isTrue();
            assertThat(body.get("errors").get(0).get("extensions").get("code").asString())
                    .isEqualTo("SUBREQUEST_HTTP_ERROR");
            assertThat(body.get("errors").get(0).get("message").asString()).contains("reviews");
        }
    }
}
