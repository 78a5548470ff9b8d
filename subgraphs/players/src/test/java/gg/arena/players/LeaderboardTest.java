package gg.arena.players;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Query.leaderboard: order, ranks, cursors and page info. */
class LeaderboardTest extends HttpTestBase {

    private static final String LEADERBOARD = """
            query($region: Region, $first: Int, $after: String) {
              leaderboard(region: $region, first: $first, after: $after) {
                totalCount
                edges { cursor rank node { id region rating } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    private record Entry(int rank, String id, int rating) {}

    @Test
    void walkingTheWholeEuLeaderboardVisitsEveryPlayerOnceInOrder() {
        // Three new EU players all rated 1200: a tie that only the id can order.
        List<String> tied = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tied.add(TestPlayers.register(graphql, TestPlayers.uniqueHandle(), "EU").string("/registerPlayer/player/id"));
        }
        List<String> expected = jdbc.sql("SELECT id FROM player WHERE region = 'EU' ORDER BY rating DESC, id ASC")
                .query(String.class).list();

        List<Entry> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        int totalCount = -1;
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("region", "EU");
            variables.put("first", 37);
            variables.put("after", after);
            JsonNode connection = graphql.post(LEADERBOARD, variables).ok().data("/leaderboard");
            JsonNode pageInfo = connection.path("pageInfo");
            assertThat(pageInfo.path("hasPreviousPage").asBoolean()).isEqualTo(pages > 0);
            totalCount = connection.path("totalCount").asInt();
            JsonNode edges = connection.path("edges");
            for (JsonNode edge : edges) {
                assertThat(edge.at("/node/region").asString()).isEqualTo("EU");
                walked.add(new Entry(edge.path("rank").asInt(), edge.at("/node/id").asString(), edge.at("/node/rating").asInt()));
            }
            assertThat(pageInfo.path("startCursor").asString()).isEqualTo(edges.get(0).path("cursor").asString());
            assertThat(pageInfo.path("endCursor").asString()).isEqualTo(edges.get(edges.size() - 1).path("cursor").asString());
            pages++;
            if (!pageInfo.path("hasNextPage").asBoolean()) {
                break;
            }
            assertThat(edges.size()).isEqualTo(37);
            after = pageInfo.path("endCursor").asString();
        }

        assertThat(totalCount).isEqualTo(expected.size()).isGreaterThan(200);
        assertThat(pages).isEqualTo((expected.size() + 36) / 37);
        assertThat(walked).extracting(Entry::id).containsExactlyElementsOf(expected);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < walked.size(); i++) {
            Entry entry = walked.get(i);
            assertThat(entry.rank()).isEqualTo(i + 1);
            assertThat(seen.add(entry.id())).as("duplicate %s", entry.id()).isTrue();
            if (i > 0) {
                Entry previous = walked.get(i - 1);
                assertThat(entry.rating()).isLessThanOrEqualTo(previous.rating());
                if (entry.rating() == previous.rating()) {
                    assertThat(entry.id()).isGreaterThan(previous.id());
                }
            }
        }
        List<String> tiedInOrder = walked.stream().map(Entry::id).filter(tied::contains).toList();
        assertThat(tiedInOrder).isEqualTo(tied.stream().sorted().toList());
    }

    @Test
    void aPlayerInsertedAboveTheCursorDoesNotRepeatARowOnTheNextPage() {
        JsonNode first = graphql.post(LEADERBOARD, Map.of("region", "NA", "first", 10)).ok().data("/leaderboard");
        String lastOfFirstPage = first.at("/edges/9/node/id").asString();
        String newcomer = "p-" + java.util.UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO player (id, handle, handle_lower, display_name, region, rating, password_hash, created_at)
                VALUES (:id, :h, :h, :h, 'NA', 3000, 'x', CURRENT_TIMESTAMP)""")
                .param("id", newcomer).param("h", TestPlayers.uniqueHandle()).update();
        try {
            JsonNode second = graphql.post(LEADERBOARD, Map.of(
                    "region", "NA", "first", 10, "after", first.at("/pageInfo/endCursor").asString())).ok().data("/leaderboard");

            // An OFFSET page would start with the row the first page ended on, shifted down by the newcomer.
            List<String> ids = new ArrayList<>();
            second.path("edges").forEach(edge -> ids.add(edge.at("/node/id").asString()));
            assertThat(ids).doesNotContain(lastOfFirstPage, newcomer);
            assertThat(second.at("/edges/0/rank").asInt()).isEqualTo(11);
        } finally {
            jdbc.sql("DELETE FROM player WHERE id = :id").param("id", newcomer).update();
        }
    }

    @Test
    void theGlobalLeaderboardStartsWithTheHighestRating() {
        int best = jdbc.sql("SELECT MAX(rating) FROM player").query(Integer.class).single();

        JsonNode connection = graphql.post(LEADERBOARD, Map.of("first", 5)).ok().data("/leaderboard");

        assertThat(connection.at("/edges/0/rank").asInt()).isEqualTo(1);
        assertThat(connection.at("/edges/0/node/rating").asInt()).isEqualTo(best);
        assertThat(connection.path("edges").size()).isEqualTo(5);
        assertThat(connection.path("totalCount").asInt()).isEqualTo(playerRows());
        assertThat(connection.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(connection.at("/pageInfo/hasPreviousPage").asBoolean()).isFalse();
    }

    @Test
    void theDefaultPageHoldsTwenty() {
        JsonNode connection = graphql.post(LEADERBOARD, Map.of("region", "NA")).ok().data("/leaderboard");

        assertThat(connection.path("edges").size()).isEqualTo(20);
    }

    @Test
    void aCursorOfAnotherRegionIsRefused() {
        String euCursor = graphql.post(LEADERBOARD, Map.of("region", "EU", "first", 2)).ok()
                .string("/leaderboard/pageInfo/endCursor");

        GraphQlHttp.Result result = graphql.post(LEADERBOARD, Map.of("region", "NA", "first", 2, "after", euCursor));

        assertThat(result.errorCode()).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void aGarbageCursorIsRefused() {
        assertThat(graphql.post(LEADERBOARD, Map.of("after", "not a cursor")).errorCode()).isEqualTo("INVALID_CURSOR");
        // Well-formed base64 of the right kind, but not a position.
        String forged = gg.arena.subgraph.paging.Cursors.encode("leaderboard-ALL", "x:y");
        assertThat(graphql.post(LEADERBOARD, Map.of("after", forged)).errorCode()).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void aPageSizeOutsideOneToHundredIsRefused() {
        assertThat(graphql.post(LEADERBOARD, Map.of("first", 0)).errorCode()).isEqualTo("INVALID_PAGE_SIZE");
        assertThat(graphql.post(LEADERBOARD, Map.of("first", 101)).errorCode()).isEqualTo("INVALID_PAGE_SIZE");
    }

    @Test
    void totalCountCostsNothingWhenNotAsked() {
        statements.reset();

        graphql.post("{ leaderboard(first: 3) { edges { rank } } }").ok();

        assertThat(statements.statements()).hasSize(1).noneMatch(sql -> sql.toUpperCase().contains("COUNT("));
    }
}
