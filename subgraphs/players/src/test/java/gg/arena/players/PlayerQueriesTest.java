package gg.arena.players;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.subgraph.demo.DemoWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Query.player, Query.players and Query.playerByHandle over the seeded demo world. */
class PlayerQueriesTest extends HttpTestBase {

    private static final String PLAYER = """
            query($id: ID!) { player(id: $id) { id handle displayName region rating createdAt email } }""";

    @Test
    void aSeededPlayerIsTheDemoWorldsPlayer() {
        GraphQlHttp.Result result = graphql.post(PLAYER, Map.of("id", "p-0042")).ok();

        assertThat(result.string("/player/id")).isEqualTo("p-0042");
        assertThat(result.string("/player/handle")).isEqualTo(DemoWorld.handle(42));
        assertThat(result.string("/player/region")).isEqualTo(DemoWorld.region(42));
        assertThat(result.data("/player/rating").asInt()).isEqualTo(DemoWorld.rating(42));
        assertThat(result.string("/player/displayName")).isEqualTo("Silent Golem 42");
        assertThat(result.string("/player/createdAt")).isEqualTo("2026-01-02T18:00:00Z");
        assertThat(result.string("/player/email")).isEqualTo(DemoWorld.handle(42) + "@players.example.com");
    }

    @Test
    void anUnknownIdIsNullWithoutAnError() {
        GraphQlHttp.Result result = graphql.post(PLAYER, Map.of("id", "p-9999")).ok();

        assertThat(result.data("/player").isNull()).isTrue();
    }

    @Test
    void playersKeepsTheOrderAskedAndNullsUnknownIds() {
        GraphQlHttp.Result result = graphql.post(
                "query($ids: [ID!]!) { players(ids: $ids) { id handle } }",
                Map.of("ids", List.of("p-0007", "nobody", "p-0003", "p-0007"))).ok();

        JsonNode players = result.data("/players");
        assertThat(players.size()).isEqualTo(4);
        assertThat(players.get(0).path("id").asString()).isEqualTo("p-0007");
        assertThat(players.get(1).isNull()).isTrue();
        assertThat(players.get(2).path("id").asString()).isEqualTo("p-0003");
        assertThat(players.get(3).path("handle").asString()).isEqualTo(DemoWorld.handle(7));
    }

    @Test
    void hundredIdsAreOneStatement() {
        List<String> ids = IntStream.rangeClosed(1, 100).mapToObj(DemoWorld::playerId).toList();
        statements.reset();

        GraphQlHttp.Result result = graphql.post("query($ids: [ID!]!) { players(ids: $ids) { id } }", Map.of("ids", ids)).ok();

        assertThat(result.data("/players").size()).isEqualTo(100);
        assertThat(result.string("/players/99/id")).isEqualTo("p-0100");
        assertThat(statements.statementsMentioning("player")).hasSize(1);
    }

    @Test
    void moreThanHundredIdsAreRefused() {
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= 101; n++) {
            ids.add(DemoWorld.playerId(n));
        }

        GraphQlHttp.Result result = graphql.post("query($ids: [ID!]!) { players(ids: $ids) { id } }", Map.of("ids", ids));

        assertThat(result.errorCode()).isEqualTo("TOO_MANY_IDS");
        assertThat(result.json().at("/errors/0/path/0").asString()).isEqualTo("players");
    }

    @Test
    void playerByHandleIgnoresCase() {
        String handle = DemoWorld.handle(5);
        GraphQlHttp.Result result = graphql.post(
                "query($h: String!) { playerByHandle(handle: $h) { id handle } }",
                Map.of("h", handle.toUpperCase(java.util.Locale.ROOT))).ok();

        assertThat(result.string("/playerByHandle/id")).isEqualTo("p-0005");
        assertThat(result.string("/playerByHandle/handle")).isEqualTo(handle);
    }

    @Test
    void anUnknownHandleIsNull() {
        GraphQlHttp.Result result = graphql.post(
                "query($h: String!) { playerByHandle(handle: $h) { id } }", Map.of("h", "no_such_player")).ok();

        assertThat(result.data("/playerByHandle").isNull()).isTrue();
    }
}
