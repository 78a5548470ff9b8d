package gg.arena.router.subscription;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.GraphQLResponse;
import gg.arena.router.Router;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.testing.FixtureRouter;
import gg.arena.router.testing.FixtureSubgraph;
import gg.arena.router.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Router#subscribe} as a library: request errors, planning limits, per-event instrumentation, variables. */
class RouterSubscribeTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static FixtureSubgraph players;
    static HttpSubgraphClient client;
    static Supergraph supergraph = Fixtures.supergraph("arena");

    @BeforeAll
    static void start() throws Exception {
        players = FixtureSubgraph.load(FixtureRouter.FIXTURES.resolve("arena/subgraphs"), "players");
        RouterConfig config = new RouterConfig(Fixtures.path("arena"), 4000, Map.of("players",
                new SubgraphConfig(List.of(players.url()), null)), Duration.ofSeconds(5), 10, true);
        client = new HttpSubgraphClient(supergraph, config, JSON);
    }

    @AfterAll
    static void stop() {
        client.close();
        players.close();
    }

    @Test
    void requestsThatCannotRunGiveOneErrorResponseAndOpenNothingUpstream() {
        FakeSubgraphSubscriptions upstream = new FakeSubgraphSubscriptions();
        Router router = new Router(supergraph, client, upstream, JSON, 10, RouterInstrumentation.NOOP);
        List<GraphQLResponse> invalid = router.subscribe(new GraphQLRequest("subscription { nope }", null, null),
                RequestHeaders.NONE).collectList().block(Duration.ofSeconds(10));
        assertThat(invalid).singleElement().extracting(GraphQLResponse::outcome)
                .isEqualTo(GraphQLResponse.Outcome.REQUEST_ERROR);
        List<GraphQLResponse> query = router.subscribe(new GraphQLRequest("{ __typename }", null, null),
                RequestHeaders.NONE).collectList().block(Duration.ofSeconds(10));
        assertThat(query.getFirst().body().at("/errors/0/message").asString())
                .isEqualTo("Only subscription operations stream; this is a query.");
        ObjectNode vars = JSON.createObjectNode().put("channel", 7);
        List<GraphQLResponse> coercion = router.subscribe(new GraphQLRequest(
                "subscription($channel: String!) { chatMessages(channel: $channel) { id } }", null, vars),
                RequestHeaders.NONE).collectList().block(Duration.ofSeconds(10));
        assertThat(coercion.getFirst().outcome()).isEqualTo(GraphQLResponse.Outcome.REQUEST_ERROR);
        List<GraphQLResponse> skipped = router.subscribe(new GraphQLRequest(
                "subscription($on: Boolean!) { walletChanged @include(if: $on) { balance } }", null,
                JSON.createObjectNode().put("on", true)), RequestHeaders.NONE)
                .collectList().block(Duration.ofSeconds(10));
        // Regression: graphql-java's validation threw on a conditional subscription root field.
        assertThat(skipped.getFirst().outcome()).isEqualTo(GraphQLResponse.Outcome.REQUEST_ERROR);
        assertThat(skipped.getFirst().body().at("/errors/0/message").asString()).contains("@skip or @include");
        assertThat(skipped.getFirst().body().at("/errors/0/extensions/code").asString())
                .isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(upstream.pending()).isZero();
    }

    @Test
    void eachEventIsAnInstrumentedPhaseAndVariablesReachTheUpstream() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        RouterInstrumentation recording = new RouterInstrumentation() {
            @Override
            public End begin(Phase phase, String detail) {
                events.add("begin " + phase + (detail == null ? "" : " " + detail));
                return error -> events.add("end " + phase + (error == null ? "" : " failed"));
            }
        };
        FakeSubgraphSubscriptions upstream = new FakeSubgraphSubscriptions();
        Router router = new Router(supergraph, client, upstream, JSON, 10, recording);
        List<GraphQLResponse> received = Collections.synchronizedList(new ArrayList<>());
        var running = router.subscribe(new GraphQLRequest("subscription Who($ids: [ID!]!) { presenceChanged("
                        + "playerIds: $ids) { status player { handle rating } } }", null,
                JSON.createObjectNode().set("ids", JSON.createArrayNode().add("p-0001"))), RequestHeaders.NONE)
                .subscribe(received::add);
        FakeSubgraphSubscriptions.Upstream up = upstream.awaitSubscribe();
        assertThat(up.variables).isEqualTo(Map.of("ids", List.of("p-0001")));
        events.clear();
        up.next(Map.of("data", Map.of("presenceChanged", Map.of("status", "ONLINE",
                "player", Map.of("__typename", "Player", "id", "p-0001")))));
        up.complete();
        Flux.interval(Duration.ofMillis(10)).takeUntil(i -> running.isDisposed()).blockLast(Duration.ofSeconds(10));
        assertThat(received).singleElement().extracting(r -> r.body().toString()).isEqualTo(
                "{\"data\":{\"presenceChanged\":{\"status\":\"ONLINE\",\"player\":{\"handle\":\"brave_fox_1\","
                        + "\"rating\":1361}}}}");
        assertThat(events).containsExactly("begin SUBSCRIPTION_EVENT Who", "begin FETCH players", "end FETCH",
                "end SUBSCRIPTION_EVENT");
    }

    @Test
    void identicalSubscriptionsShareOneUpstreamAndOneEnrichmentPerEvent() throws Exception {
        List<String> phases = Collections.synchronizedList(new ArrayList<>());
        RouterInstrumentation recording = new RouterInstrumentation() {
            @Override
            public End begin(Phase phase, String detail) {
                phases.add(phase.name());
                return error -> { };
            }
        };
        FakeSubgraphSubscriptions upstream = new FakeSubgraphSubscriptions();
        Router router = new Router(supergraph, client, upstream, JSON, 10, recording);
        GraphQLRequest request = new GraphQLRequest("subscription { presenceChanged(playerIds: [\"p-0001\"]) {"
                + " status player { handle rating } } }", null, null);
        List<GraphQLResponse> first = Collections.synchronizedList(new ArrayList<>());
        List<GraphQLResponse> second = Collections.synchronizedList(new ArrayList<>());
        List<GraphQLResponse> other = Collections.synchronizedList(new ArrayList<>());
        var a = router.subscribe(request, RequestHeaders.NONE).subscribe(first::add);
        var b = router.subscribe(request, RequestHeaders.NONE).subscribe(second::add);
        FakeSubgraphSubscriptions.Upstream shared = upstream.awaitSubscribe();
        // Another viewer is another subscription: its events may differ.
        var c = router.subscribe(request, new RequestHeaders(Map.of("Authorization", "Bearer other")))
                .subscribe(other::add);
        FakeSubgraphSubscriptions.Upstream own = upstream.awaitSubscribe();
        assertThat(upstream.pending()).isZero();
        assertThat(own.headers.values()).containsEntry("Authorization", "Bearer other");

        phases.clear();
        shared.next(Map.of("data", Map.of("presenceChanged", Map.of("status", "ONLINE",
                "player", Map.of("__typename", "Player", "id", "p-0001")))));
        Flux.interval(Duration.ofMillis(10)).takeUntil(i -> first.size() == 1 && second.size() == 1)
                .blockLast(Duration.ofSeconds(10));
        assertThat(first.getFirst().body().toString()).isEqualTo(second.getFirst().body().toString())
                .contains("\"rating\":1361");
        assertThat(phases).containsExactly("SUBSCRIPTION_EVENT", "FETCH");
        assertThat(other).isEmpty();

        // The shared upstream stays while one client listens and goes with the last one.
        a.dispose();
        assertThat(shared.isCancelled()).isFalse();
        b.dispose();
        assertThat(shared.awaitCancelled()).isTrue();
        assertThat(own.isCancelled()).isFalse();
        c.dispose();
        assertThat(own.awaitCancelled()).isTrue();

        // A new client after that opens a new upstream subscription.
        var d = router.subscribe(request, RequestHeaders.NONE).subscribe();
        assertThat(upstream.awaitSubscribe()).isNotSameAs(shared);
        d.dispose();
    }
}
