package gg.arena.router.conformance;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.GraphQLResponse;
import gg.arena.router.Router;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.plan.PlanJson;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.supergraph.SupergraphParser;
import gg.arena.router.testing.FixtureSubgraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The conformance kit: every {@code fixtures/<name>/} holds subgraph SDLs and data ({@code subgraphs/}), the
 * composed {@code supergraph.graphql}, and {@code operations/<op>.graphql} with the expected response
 * ({@code <op>.response.json}) and plan ({@code <op>.plan.json}); optional {@code <op>.variables.json}. The subgraphs
 * run in-process over HTTP; the router runs as a library. {@code fixture.json} may list subgraphs that are
 * {@code "down"}. Run with {@code -Dfixtures.update=true} to rewrite the expectations (then review the diff).
 */
class ConformanceTest {
    static final Path ROOT = Path.of("src/test/resources/fixtures");
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final List<AutoCloseable> OPEN = new ArrayList<>();
    /** Port 9 (discard) has no listener: connections are refused at once, whatever else runs. */
    static final String UNREACHABLE = "http://127.0.0.1:9/graphql";

    @AfterAll
    static void close() throws Exception {
        for (AutoCloseable c : OPEN) {
            c.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        List<DynamicNode> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                out.add(fixture(dir));
            }
        }
        return out.stream();
    }

    @SuppressWarnings("unchecked")
    private DynamicContainer fixture(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        Supergraph sg = SupergraphParser.parse(Files.readString(dir.resolve("supergraph.graphql")), name);
        List<String> down = List.of();
        if (Files.exists(dir.resolve("fixture.json"))) {
            Map<String, Object> f = MAPPER.readValue(Files.readAllBytes(dir.resolve("fixture.json")), Map.class);
            down = (List<String>) f.getOrDefault("down", List.of());
        }
        Map<String, SubgraphConfig> subgraphs = new HashMap<>();
        for (var g : sg.graphs().values()) {
            String url;
            if (down.contains(g.name())) {
                url = UNREACHABLE;
            } else {
                FixtureSubgraph s = FixtureSubgraph.load(dir.resolve("subgraphs"), g.name());
                OPEN.add(s);
                url = s.url();
            }
            subgraphs.put(g.name(), new SubgraphConfig(List.of(url), null));
        }
        RouterConfig config = new RouterConfig(dir.resolve("supergraph.graphql"), 0, subgraphs,
                Duration.ofSeconds(5), 100, true);
        JsonMapper plain = JsonMapper.builder().build();
        HttpSubgraphClient client = new HttpSubgraphClient(sg, config, plain);
        OPEN.add(client);
        Router router = new Router(sg, client, plain, 100);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> ops = Files.list(dir.resolve("operations"))) {
            for (Path op : ops.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
                String base = op.toString().substring(0, op.toString().length() - ".graphql".length());
                tests.add(DynamicTest.dynamicTest(op.getFileName().toString(), () -> {
                    ObjectNode vars = null;
                    Path varsFile = Path.of(base + ".variables.json");
                    if (Files.exists(varsFile)) {
                        vars = (ObjectNode) plain.readTree(Files.readAllBytes(varsFile));
                    }
                    GraphQLRequest req = new GraphQLRequest(Files.readString(op), null, vars);
                    GraphQLResponse resp = router.execute(req, RequestHeaders.NONE, true, false).block();
                    String actual = MAPPER.writeValueAsString(resp.body()) + "\n";
                    check(Path.of(base + ".response.json"), actual);
                    if (resp.outcome() == GraphQLResponse.Outcome.EXECUTED && resp.body().has("data")) {
                        String plan = PlanJson.pretty(router.plan(req.query(), null)) + "\n";
                        check(Path.of(base + ".plan.json"), plan);
                    }
                }));
            }
        }
        return DynamicContainer.dynamicContainer(name, tests);
    }

    private static void check(Path expectedFile, String actual) throws IOException {
        if (Boolean.getBoolean("fixtures.update")) {
            Files.writeString(expectedFile, actual);
        } else if (!Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual);
            throw new AssertionError("new expectation written to " + expectedFile + ": review it and run again");
        }
        assertEquals(Files.readString(expectedFile), actual, expectedFile.toString());
    }
}
