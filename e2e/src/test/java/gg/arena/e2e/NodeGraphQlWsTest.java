package gg.arena.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The router driven end to end by Node's {@code graphql-ws} client (scripts in {@code e2e/js}): players, social and
 * store (embedded defaults: in-memory database, demo world) and the router run as their own processes on free
 * loopback ports, started once.
 * <ul>
 *   <li>{@code subscribe.mjs} logs in over HTTP, subscribes to {@code chatMessages} over graphql-transport-ws with its
 *       token in {@code connection_init}, posts to the channel over HTTP and prints the event it receives. The
 *       author's {@code rating} is not social's: the router fetched it from players for that event (enrichment).</li>
 *   <li>{@code wallet.mjs}: two players, each subscribed to its own {@code walletChanged}, each gets the wallet of
 *       its own purchases, though the router carries both to the store over one connection.</li>
 * </ul>
 * Skipped only when {@code node} is not installed.
 */
class NodeGraphQlWsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path JS = ServiceProcess.ROOT.resolve("e2e/js");
    private static final Duration NODE_PATIENCE = Duration.ofSeconds(90);
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess players;
    private static ServiceProcess router;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(run(List.of("node", "--version"), ServiceProcess.ROOT, Duration.ofSeconds(20)).code() == 0,
                "node is not installed");
        if (!Files.isDirectory(JS.resolve("node_modules/graphql-ws"))) {
            Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), JS,
                    Duration.ofMinutes(3));
            assertThat(npm.code()).as("npm ci in e2e/js:\n" + npm.output()).isZero();
        }
        Path playersJar = ServiceProcess.jar("subgraphs/players/target/players.jar");
        Path socialJar = ServiceProcess.jar("subgraphs/social/target/social.jar");
        Path storeJar = ServiceProcess.jar("subgraphs/store/target/store.jar");
        Path routerJar = ServiceProcess.jar("router/target/router.jar");
        // Tier-1 JIT only, as the launcher runs subgraphs: several Spring Boot JVMs starting at once on two cores.
        List<String> jvm = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m");
        players = started(subgraph("players", playersJar, jvm));
        ServiceProcess social = started(subgraph("social", socialJar, jvm));
        ServiceProcess store = started(subgraph("store", storeJar, jvm));
        for (ServiceProcess s : List.of(players, social, store)) {
            s.awaitReady("/graphql", "{\"query\":\"{ __typename }\"}");
        }
        int routerPort = ServiceProcess.freePort();
        // The subgraph this test does not start points at a closed port, never at a default port someone else uses.
        String nowhere = "http://127.0.0.1:" + ServiceProcess.freePort() + "/graphql";
        router = started(ServiceProcess.start("router", routerPort, routerJar, jvm, List.of(
                "--supergraph", ServiceProcess.ROOT.resolve("schema/supergraph.graphql").toString(),
                "--port", Integer.toString(routerPort),
                "--subgraph-url", "players=" + players.url("/graphql"),
                "--subgraph-url", "social=" + social.url("/graphql"),
                "--subgraph-url", "store=" + store.url("/graphql"),
                "--subgraph-url", "matches=" + nowhere)));
        router.awaitReady("/graphql", "{\"query\":\"{ __typename }\"}");
    }

    /** A subgraph with its embedded defaults (in-memory database, demo world, in-process events). */
    private static ServiceProcess subgraph(String name, Path jar, List<String> jvm) throws IOException {
        return ServiceProcess.subgraph(name, jar, jvm, List.of());
    }

    /** Registers a started process for {@link #stop()}. */
    private static ServiceProcess started(ServiceProcess p) {
        services.add(p);
        return p;
    }

    @AfterAll
    static void stop() {
        ServiceProcess.stopAll(services);
    }

    @Test
    void aChatEventReachesTheNodeClientWithTheAuthorsRatingFromPlayers() throws Exception {
        String channel = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        Result node = run(List.of("node", JS.resolve("subscribe.mjs").toString(), router.url("/graphql"),
                "ws://127.0.0.1:" + router.port + "/graphql", channel), JS, NODE_PATIENCE);
        assertThat(node.code()).as("node subscribe.mjs:\n" + node.output() + "\nrouter log:\n" + router.tail())
                .isZero();

        JsonNode event = JSON.readTree(node.stdout());
        assertThat(event.has("errors")).as(event.toString()).isFalse();
        JsonNode message = event.at("/data/chatMessages");
        assertThat(message.path("text").asString()).startsWith("hello from node #");

        JsonNode expected = JSON.readTree(post(players.url("/graphql"),
                "{\"query\":\"{ player(id: \\\"p-0001\\\") { handle rating } }\"}")).at("/data/player");
        assertThat(expected.path("handle").asString()).isNotBlank();
        assertThat(message.path("author")).isEqualTo(JSON.valueToTree(Map.of(
                "handle", expected.path("handle").asString(),
                "rating", expected.path("rating").asInt())));
    }

    /**
     * Two players subscribe to their own walletChanged through the router, which carries both to the store over one
     * upstream connection (as WebSocketSubgraphSubscriptionsTest asserts) with each subscription's own Authorization:
     * each gets the wallet of its own purchases.
     */
    @Test
    void eachPlayerGetsTheWalletOfItsOwnPurchases() throws Exception {
        Result node = run(List.of("node", JS.resolve("wallet.mjs").toString(), router.url("/graphql"),
                "ws://127.0.0.1:" + router.port + "/graphql"), JS, NODE_PATIENCE);
        assertThat(node.code()).as("node wallet.mjs:\n" + node.output() + "\nrouter log:\n" + router.tail())
                .isZero();
        JsonNode result = JSON.readTree(node.stdout());
        List<Integer> balancesA = ints(result.at("/p-0002/balances"));
        List<Integer> balancesB = ints(result.at("/p-0003/balances"));
        assertThat(balancesA).as("purchases of p-0002").isNotEmpty().doesNotContainAnyElementsOf(balancesB);
        assertThat(balancesB).as("purchases of p-0003").isNotEmpty();
        assertThat(result.at("/p-0002/event/data/walletChanged/balance").asInt()).isIn(balancesA);
        assertThat(result.at("/p-0003/event/data/walletChanged/balance").asInt()).isIn(balancesB);
        assertThat(result.at("/p-0002/event/data/walletChanged/currency").asString()).isEqualTo("GEMS");
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static String post(String url, String body) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private record Result(int code, String stdout, String stderr) {
        String output() {
            return "stdout: " + stdout + "\nstderr: " + stderr;
        }
    }

    /** Runs a command to its end (killed after {@code patience}); -1 when it could not start or timed out. */
    private static Result run(List<String> command, Path dir, Duration patience) {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            return new Result(-1, "", e.getMessage());
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try {
            if (!p.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Result(-1, out.getNow(""), "timed out after " + patience + "; " + err.getNow(""));
            }
            return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            return new Result(-1, "", e.toString());
        }
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
