package gg.arena.subgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.DgsSubscription;
import gg.arena.subgraph.testing.GraphQlWsClient;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Flux;

/**
 * Per-operation bearer tokens over a real graphql-transport-ws socket: the token in a subscribe
 * payload's {@code extensions.headers.Authorization} is that operation's viewer, ahead of the
 * connection's; a bad one fails that operation only.
 */
@SpringBootTest(classes = WebSocketAuthenticationTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "dgs.graphql.schema-locations=classpath:ws-auth/viewer.graphqls",
                "spring.graphql.websocket.path=/graphql",
                "server.address=127.0.0.1",
                "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
class WebSocketAuthenticationTest {

    private static final String VIEWER = "subscription { viewer }";

    @LocalServerPort
    int port;

    @Autowired
    BearerTokens tokens;

    private String bearer(String playerId) {
        return "Bearer " + tokens.issue(new PlayerPrincipal(playerId, "h-" + playerId, "EU", 1500)).token();
    }

    private static Map<String, Object> subscribe(String id, String query, String authorization) {
        Map<String, Object> payload = authorization == null ? Map.of("query", query)
                : Map.of("query", query, "extensions", Map.of("headers", Map.of("Authorization", authorization)));
        return Map.of("id", id, "type", "subscribe", "payload", payload);
    }

    /** The next message for {@code id}, skipping other ids' messages (kept nowhere: tests read one id at a time). */
    private static Map<String, Object> nextFor(GraphQlWsClient ws, String id) {
        for (int i = 0; i < 20; i++) {
            Map<String, Object> m = ws.next();
            if (id.equals(m.get("id"))) {
                return m;
            }
        }
        throw new AssertionError("no message for " + id);
    }

    @Test
    void theTokenInTheSubscribeExtensionsIsTheViewerOfThatOperation() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            assertThat(ws.init(null)).containsEntry("type", "connection_ack");
            ws.send(subscribe("a", VIEWER, bearer("p-alice")));
            assertThat(ws.next()).isEqualTo(Map.of("id", "a", "type", "next",
                    "payload", Map.of("data", Map.of("viewer", "p-alice"))));
            assertThat(ws.next()).containsEntry("id", "a").containsEntry("type", "complete");
        }
    }

    @Test
    void eachOperationOnOneConnectionHasItsOwnViewerAheadOfTheConnections() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            assertThat(ws.init(Map.of("Authorization", bearer("p-connection")))).containsEntry("type", "connection_ack");
            ws.send(subscribe("alice", VIEWER, bearer("p-alice")));
            assertThat(nextFor(ws, "alice").get("payload")).isEqualTo(Map.of("data", Map.of("viewer", "p-alice")));
            ws.send(subscribe("bob", VIEWER, "bearer " + bearer("p-bob").substring(7)));
            assertThat(nextFor(ws, "bob").get("payload")).isEqualTo(Map.of("data", Map.of("viewer", "p-bob")));
            ws.send(subscribe("own", VIEWER, null));
            assertThat(nextFor(ws, "own").get("payload")).isEqualTo(Map.of("data", Map.of("viewer", "p-connection")));
        }
    }

    @Test
    void aBadTokenFailsThatOperationOnlyWithUnauthenticated() {
        String expired = "Bearer " + new BearerTokens(new AuthProperties(
                "arena-local-development-secret-change-me-0123456789", java.time.Duration.ofSeconds(1), "arena"),
                java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofHours(-1)))
                .issue(new PlayerPrincipal("p-old", "old", "EU", 1)).token();
        Map<String, String> cases = Map.of(
                "forged", bearer("p-x").substring(0, 40) + "x" + bearer("p-x").substring(41),
                "expired", expired,
                "basic", "Basic YWxpY2U6c2VjcmV0",
                "garbage", "Bearer not-a-jwt");
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            for (Map.Entry<String, String> c : cases.entrySet()) {
                ws.send(subscribe(c.getKey(), "subscription { anyone }", c.getValue()));
                Map<String, Object> next = nextFor(ws, c.getKey());
                assertThat(next).as(c.getKey()).containsEntry("type", "next");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> errors = (List<Map<String, Object>>) ((Map<String, Object>) next.get("payload"))
                        .get("errors");
                assertThat(errors).as(c.getKey()).singleElement().satisfies(e -> {
                    assertThat(e.get("extensions")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .containsEntry("code", "UNAUTHENTICATED");
                    assertThat((String) e.get("message")).isNotBlank();
                });
                assertThat(((Map<?, ?>) next.get("payload")).get("data")).as(c.getKey()).isNull();
                assertThat(nextFor(ws, c.getKey())).containsEntry("type", "complete");
            }
            ws.send(subscribe("still-open", VIEWER, bearer("p-carol")));
            assertThat(nextFor(ws, "still-open").get("payload")).isEqualTo(Map.of("data", Map.of("viewer", "p-carol")));
        }
    }

    @Test
    void extensionsHeadersThatAreNotAnObjectAreRefused() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.send(Map.of("id", "h", "type", "subscribe", "payload", Map.of("query", VIEWER,
                    "extensions", Map.of("headers", "Authorization: Bearer x"))));
            assertThat(nextFor(ws, "h").toString()).contains("UNAUTHENTICATED", "extensions.headers must be an object");
        }
    }

    @Test
    void withoutAnyTokenAViewerFieldIsUnauthenticatedAndOtherHeadersChangeNothing() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.send(Map.of("id", "n", "type", "subscribe", "payload", Map.of("query", VIEWER,
                    "extensions", Map.of("headers", Map.of("X-Trace", "1")))));
            Map<String, Object> next = nextFor(ws, "n");
            assertThat(next.toString()).contains("UNAUTHENTICATED");
            ws.send(subscribe("ok", "subscription { anyone }", null));
            assertThat(nextFor(ws, "ok").get("payload")).isEqualTo(Map.of("data", Map.of("anyone", "ok")));
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        ViewerFields viewerFields(Viewer viewer) {
            return new ViewerFields(viewer);
        }
    }

    @DgsComponent
    static class ViewerFields {
        private final Viewer viewer;

        ViewerFields(Viewer viewer) {
            this.viewer = viewer;
        }

        @DgsQuery
        public String ping() {
            return "pong";
        }

        @DgsSubscription
        public Publisher<String> viewer(DataFetchingEnvironment env) {
            return Flux.just(viewer.require(env).playerId());
        }

        @DgsSubscription
        public Publisher<String> anyone() {
            return Flux.just("ok");
        }
    }
}
