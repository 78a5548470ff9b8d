package gg.arena.router.instrument;

import gg.arena.router.GraphQLRequest;
import gg.arena.router.Router;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.subgraph.RequestHeaders;
import gg.arena.router.testing.FixtureRouter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every phase opens and closes through the instrumentation seam; cached phases are not repeated. */
class RouterInstrumentationTest {

    @Test
    void phasesAreReported() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        RouterInstrumentation recording = new RouterInstrumentation() {
            @Override
            public End begin(Phase phase, String detail) {
                events.add("begin " + phase + (detail == null ? "" : " " + detail));
                return error -> events.add("end " + phase + (error == null ? "" : " failed"));
            }
        };
        JsonMapper mapper = JsonMapper.builder().build();
        try (FixtureRouter fixture = new FixtureRouter("reviews");
             HttpSubgraphClient client = new HttpSubgraphClient(fixture.supergraph(), fixture.config(4000), mapper)) {
            Router router = new Router(fixture.supergraph(), client, mapper, 10, recording);
            GraphQLRequest request = new GraphQLRequest("query Top { topProducts { name inStock } }", null, null);
            router.execute(request, RequestHeaders.NONE, true, false).block();
            assertThat(events).containsExactly("begin PARSE_VALIDATE", "end PARSE_VALIDATE", "begin PLAN",
                    "end PLAN", "begin EXECUTE Top", "begin FETCH products", "end FETCH",
                    "begin FETCH inventory", "end FETCH", "end EXECUTE");
            events.clear();
            router.execute(request, RequestHeaders.NONE, true, false).block();
            assertThat(events).first().isEqualTo("begin EXECUTE Top");
            assertThat(events).doesNotContain("begin PLAN", "begin PARSE_VALIDATE");
        }
    }
}
