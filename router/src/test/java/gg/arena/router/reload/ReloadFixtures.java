package gg.arena.router.reload;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gg.arena.router.testing.FixtureSubgraph;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Two small subgraphs whose schemas change between polls, and helpers to talk to a router over HTTP. {@code players}
 * v1 has {@code Player.name}; v2 adds {@code level}; v3 adds {@code rank}; "conflicting" is v3 that also declares
 * {@code matchCount: String}, which {@code matches} resolves as {@code Int} (does not compose).
 */
final class ReloadFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LINK = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\","
            + " import: [\"@key\", \"@shareable\"])\n";
    private static final Map<String, Object> PLAYER = Map.of("id", "1", "name", "Ana", "level", 7, "rank", "gold",
            "matchCount", "many");
    private static final Map<String, Object> PLAYERS_DATA = Map.of(
            "Query", Map.of("player", Map.of("$arg", "id", "values", Map.of("1", PLAYER))),
            "entities", Map.of("Player", List.of(PLAYER)));

    private ReloadFixtures() {
    }

    static String playersSdl(String extraFields) {
        return LINK + """
                type Query { player(id: ID!): Player }
                type Player @key(fields: "id") { id: ID! name: String %s }
                """.formatted(extraFields);
    }

    static final String MATCHES_SDL = LINK + """
            type Player @key(fields: "id") { id: ID! matchCount: Int }
            """;

    static FixtureSubgraph players(String extraFields) throws Exception {
        return new FixtureSubgraph("players", playersSdl(extraFields), PLAYERS_DATA);
    }

    static FixtureSubgraph playersV1() throws Exception {
        return players("");
    }

    static FixtureSubgraph playersV2() throws Exception {
        return players("level: Int");
    }

    static FixtureSubgraph playersV3() throws Exception {
        return players("level: Int rank: String");
    }

    static FixtureSubgraph playersConflicting() throws Exception {
        return players("level: Int rank: String matchCount: String");
    }

    static FixtureSubgraph matches() throws Exception {
        return new FixtureSubgraph("matches", MATCHES_SDL,
                Map.of("entities", Map.of("Player", List.of(Map.of("id", "1", "matchCount", 12)))));
    }

    static final String RANKS_SDL = LINK + """
            type Player @key(fields: "id") { id: ID! tier: String }
            """;

    /** A third subgraph, added to the supergraph later. */
    static FixtureSubgraph ranks() throws Exception {
        return new FixtureSubgraph("ranks", RANKS_SDL,
                Map.of("entities", Map.of("Player", List.of(Map.of("id", "1", "tier", "diamond")))));
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static JsonNode query(String base, String query) throws Exception {
        return JSON.readTree(queryAsync(base, query).get());
    }

    static CompletableFuture<String> queryAsync(String base, String query) {
        String body = JSON.writeValueAsString(Map.of("query", query));
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body);
    }

    static JsonNode health(String base) throws Exception {
        return JSON.readTree(get(base + "/health"));
    }

    static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Waits (bounded: 30 s) until {@code condition} holds; fails the test otherwise. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    static String hash(String base) {
        try {
            return health(base).path("supergraph").path("hash").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Captures what {@code type} logs, until {@link ListAppender#stop()}. */
    static ListAppender<ILoggingEvent> capture(Class<?> type) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
        return appender;
    }

    static void release(Class<?> type, ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(type)).detachAppender(appender);
        appender.stop();
    }

    static List<String> messages(ListAppender<ILoggingEvent> appender) {
        synchronized (appender.list) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
