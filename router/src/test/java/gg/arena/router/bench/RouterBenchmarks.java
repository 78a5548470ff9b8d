package gg.arena.router.bench;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.Router;
import gg.arena.router.api.ApiSchema;
import gg.arena.router.plan.QueryPlanner;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.subgraph.SubgraphClient;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.testing.FixtureRouter;
import graphql.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * JMH benchmarks of the hot path without the network: planning the benchmark query, and executing it (fetch
 * replay, merge, response shaping) against subgraph answers recorded once from the in-process fixture subgraphs.
 * Run from router/ after {@code ../mvnw -q -o test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) gg.arena.router.bench.RouterBenchmarks}
 * (cp.txt from {@code ../mvnw -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RouterBenchmarks {
    private QueryPlanner planner;
    private graphql.language.Document document;
    private Router replaying;
    private GraphQLRequest request;

    @Setup
    public void setUp() throws Exception {
        String query = Files.readString(Path.of("src/test/resources/fixtures/reviews/operations/bench-query.graphql"));
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, JsonNode> recorded = new ConcurrentHashMap<>();
        try (FixtureRouter fixture = new FixtureRouter("reviews");
             HttpSubgraphClient http = new HttpSubgraphClient(fixture.supergraph(), fixture.config(4000), mapper)) {
            Supergraph sg = fixture.supergraph();
            ApiSchema api = ApiSchema.of(sg);
            planner = new QueryPlanner(sg, api.schema());
            document = Parser.parse(query);
            SubgraphClient recording = (name, body, headers) -> http.execute(name, body, headers)
                    .doOnNext(r -> recorded.put(name + Arrays.hashCode(body), r));
            request = new GraphQLRequest(query, null, null);
            new Router(sg, recording, mapper, 10).execute(request, RequestHeaders.NONE, true, false).block();
            SubgraphClient replay = (name, body, headers) -> Mono.justOrEmpty(recorded.get(name
                    + Arrays.hashCode(body)));
            replaying = new Router(sg, replay, mapper, 10);
            int size = replaying.execute(request, RequestHeaders.NONE, true, false).block().body().toString().length();
            if (size < 1500) {
                throw new IllegalStateException("replayed response too small (" + size + " chars): recording failed");
            }
        }
    }

    /** Planning the benchmark query from a parsed document (no plan cache). */
    @Benchmark
    public Object planBenchQuery() {
        return planner.plan(document, null);
    }

    /** Executing the benchmark query with replayed subgraph answers: batching, merge and response shaping. */
    @Benchmark
    public Object executeBenchQuery() {
        return replaying.execute(request, RequestHeaders.NONE, true, false).block();
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(RouterBenchmarks.class.getSimpleName()).build()).run();
    }
}
