package gg.arena.router.conformance;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.GraphQLResponse;
import gg.arena.router.Router;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.plan.PlanJson;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.supergraph.Graph;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.supergraph.SupergraphParser;
import gg.arena.router.testing.FixtureSubgraph;
import gg.arena.schema.compose.Composer;
import gg.arena.schema.compose.CompositionResult;
import gg.arena.schema.compose.SubgraphSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The router over supergraphs from two composers: every conformance fixture's subgraph SDLs composed with Arena's
 * composer ({@code arena-schema}) must give the same plan and the same response, for every fixture operation against
 * the fixture subgraphs, as the committed supergraph The Guild's composer made. Prints the counts; a difference
 * names the fixture, the operation and both sides ({@code -Ddifferential.verbose=true} prints both supergraphs'
 * plans in full).
 */
class ComposerDifferentialTest {
    static final Path ROOT = ConformanceTest.ROOT;
    static final JsonMapper PLAIN = JsonMapper.builder().build();

    record Outcome(String fixture, String operation, String kind, String guild, String arena) {
        @Override
        public String toString() {
            return fixture + "/" + operation + ": " + kind + "\n  guild: " + guild + "\n  arena: " + arena;
        }
    }

    @Test
    void bothComposersPlanAndAnswerAlike() throws Exception {
        int sets = 0;
        int composed = 0;
        int operations = 0;
        int plans = 0;
        int equalPlans = 0;
        int equalResults = 0;
        List<String> compositionFailures = new ArrayList<>();
        List<Outcome> differences = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                sets++;
                String name = dir.getFileName().toString();
                Supergraph guild = SupergraphParser.parse(Files.readString(dir.resolve("supergraph.graphql")), name);
                CompositionResult arenaSdl = Composer.compose(sources(dir, guild));
                if (!arenaSdl.composed()) {
                    compositionFailures.add(name + ": " + arenaSdl.errors());
                    continue;
                }
                Supergraph arena;
                try {
                    arena = SupergraphParser.parse(arenaSdl.supergraphOrThrow(), name + " (arena)");
                } catch (RuntimeException e) {
                    compositionFailures.add(name + ": the router cannot read the composed supergraph: "
                            + e.getMessage());
                    continue;
                }
                composed++;
                List<AutoCloseable> open = new ArrayList<>();
                try {
                    RouterConfig config = config(dir, guild, open);
                    Router guildRouter = router(guild, config, open);
                    Router arenaRouter = router(arena, config, open);
                    for (Path op : operations(dir)) {
                        operations++;
                        String opName = op.getFileName().toString();
                        GraphQLRequest req = request(op);
                        GraphQLResponse g = guildRouter.execute(req, RequestHeaders.NONE, true, false)
                                .block(Duration.ofSeconds(30));
                        GraphQLResponse a = arenaRouter.execute(req, RequestHeaders.NONE, true, false)
                                .block(Duration.ofSeconds(30));
                        String gBody = PLAIN.writeValueAsString(g.body());
                        String aBody = PLAIN.writeValueAsString(a.body());
                        if (gBody.equals(aBody) && g.outcome() == a.outcome()) {
                            equalResults++;
                        } else {
                            differences.add(new Outcome(name, opName, "response", gBody, aBody));
                        }
                        if (g.outcome() == GraphQLResponse.Outcome.EXECUTED && g.body().has("data")) {
                            plans++;
                            String gPlan = plan(guildRouter, req);
                            String aPlan = plan(arenaRouter, req);
                            if (gPlan.equals(aPlan)) {
                                equalPlans++;
                            } else {
                                differences.add(new Outcome(name, opName, "plan", gPlan, aPlan));
                            }
                        }
                    }
                } finally {
                    for (AutoCloseable c : open) {
                        c.close();
                    }
                }
            }
        }
        System.out.printf("composer differential: %d sets, %d composed by Arena's composer (%d failures),"
                        + " %d operations compared, %d plans compared, %d equal plans, %d equal results%n",
                sets, composed, compositionFailures.size(), operations, plans, equalPlans, equalResults);
        compositionFailures.forEach(f -> System.out.println("  not composed: " + f));
        boolean verbose = Boolean.getBoolean("differential.verbose");
        differences.forEach(d -> System.out.println("  differs: " + (verbose ? d.toString()
                : d.fixture() + "/" + d.operation() + " (" + d.kind() + ")")));
        assertThat(compositionFailures).isEmpty();
        assertThat(differences).isEmpty();
    }

    /** The fixture's subgraph SDLs, under the names and URLs the committed supergraph gives them. */
    static List<SubgraphSource> sources(Path dir, Supergraph guild) throws IOException {
        List<SubgraphSource> out = new ArrayList<>();
        for (Graph g : guild.graphs().values()) {
            out.add(new SubgraphSource(g.name(), g.url(),
                    Files.readString(dir.resolve("subgraphs").resolve(g.name() + ".graphql"))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static RouterConfig config(Path dir, Supergraph guild, List<AutoCloseable> open) throws IOException {
        List<String> down = List.of();
        if (Files.exists(dir.resolve("fixture.json"))) {
            Map<String, Object> f = PLAIN.readValue(Files.readAllBytes(dir.resolve("fixture.json")), Map.class);
            down = (List<String>) f.getOrDefault("down", List.of());
        }
        Map<String, SubgraphConfig> subgraphs = new HashMap<>();
        for (Graph g : guild.graphs().values()) {
            String url;
            if (down.contains(g.name())) {
                url = ConformanceTest.UNREACHABLE;
            } else {
                FixtureSubgraph s = FixtureSubgraph.load(dir.resolve("subgraphs"), g.name());
                open.add(s);
                url = s.url();
            }
            subgraphs.put(g.name(), new SubgraphConfig(List.of(url), null));
        }
        return new RouterConfig(dir.resolve("supergraph.graphql"), 0, subgraphs, Duration.ofSeconds(5), 100, true);
    }

    static Router router(Supergraph supergraph, RouterConfig config, List<AutoCloseable> open) {
        HttpSubgraphClient client = new HttpSubgraphClient(supergraph, config, PLAIN);
        open.add(client);
        return new Router(supergraph, client, PLAIN, 100);
    }

    static List<Path> operations(Path dir) throws IOException {
        try (Stream<Path> ops = Files.list(dir.resolve("operations"))) {
            return ops.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
        }
    }

    static GraphQLRequest request(Path op) throws IOException {
        String base = op.toString().substring(0, op.toString().length() - ".graphql".length());
        Path varsFile = Path.of(base + ".variables.json");
        ObjectNode vars = Files.exists(varsFile) ? (ObjectNode) PLAIN.readTree(Files.readAllBytes(varsFile)) : null;
        return new GraphQLRequest(Files.readString(op), null, vars);
    }

    static String plan(Router router, GraphQLRequest req) {
        try {
            return PlanJson.pretty(router.plan(req.query(), null));
        } catch (RuntimeException e) {
            return "cannot plan: " + e.getMessage();
        }
    }
}
