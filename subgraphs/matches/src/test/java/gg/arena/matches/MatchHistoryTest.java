package gg.arena.matches;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.GraphQl.Response;
import gg.arena.matches.support.MatchesHttpTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchHistoryTest extends MatchesHttpTest {

    private static final String HISTORY = """
            query($reps: [_Any!]!, $first: Int, $after: String) { _entities(representations: $reps) {
              ... on Player { matchHistory(first: $first, after: $after) {
                totalCount
                edges { cursor node { id status startedAt participants { player { id } } } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }""";

    @Test
    void pagingWalksTheWholeHistoryNewestFirstWithoutDuplicates() {
        List<String> ids = new ArrayList<>();
        List<Instant> startedAts = new ArrayList<>();
        String after = null;
        int total = -1;
        int pages = 0;
        boolean hasNext = true;
        while (hasNext) {
            Response r = page("p-0002", 7, after);
            total = r.read("$.data._entities[0].matchHistory.totalCount");
            ids.addAll(r.read("$.data._entities[0].matchHistory.edges[*].node.id"));
            r.<List<String>>read("$.data._entities[0].matchHistory.edges[*].node.startedAt")
                    .forEach(s -> startedAts.add(Instant.parse(s)));
            assertThat(r.<List<String>>read("$.data._entities[0].matchHistory.edges[*].node.status"))
                    .containsOnly("FINISHED");
            assertThat(r.<List<String>>read("$.data._entities[0].matchHistory.edges[*].node.participants[*].player.id"))
                    .contains("p-0002");
            assertThat(r.<Boolean>read("$.data._entities[0].matchHistory.pageInfo.hasPreviousPage"))
                    .isEqualTo(after != null);
            hasNext = r.read("$.data._entities[0].matchHistory.pageInfo.hasNextPage");
            after = r.read("$.data._entities[0].matchHistory.pageInfo.endCursor");
            pages++;
            assertThat(pages).as("pages").isLessThan(100);
        }
        assertThat(total).isGreaterThan(7);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((total + 6) / 7);
        List<Instant> sorted = new ArrayList<>(startedAts);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertThat(startedAts).isEqualTo(sorted);
    }

    @Test
    void theCursorOfTheLastPageGivesAnEmptyPageThatStillCountsTheTotal() {
        Response first = page("p-0003", 100, null).ok();
        int total = first.read("$.data._entities[0].matchHistory.totalCount");
        String end = first.read("$.data._entities[0].matchHistory.pageInfo.endCursor");

        Response after = page("p-0003", 5, end).ok();

        assertThat(after.<List<Object>>read("$.data._entities[0].matchHistory.edges[*]")).isEmpty();
        assertThat(after.<Integer>read("$.data._entities[0].matchHistory.totalCount")).isEqualTo(total);
        assertThat(after.<Boolean>read("$.data._entities[0].matchHistory.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void aForeignCursorIsInvalid() {
        Response r = page("p-0002", 5, "bm90LW91cnM6MTIz");
        assertThat(r.errorCode()).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void aPageSizeAboveHundredIsInvalid() {
        Response r = page("p-0002", 101, null);
        assertThat(r.errorCode()).isEqualTo("INVALID_PAGE_SIZE");
    }

    @Test
    void aPlayerWithoutMatchesHasAnEmptyHistory() {
        Response r = page("p-nobody", 5, null).ok();
        assertThat(r.<Integer>read("$.data._entities[0].matchHistory.totalCount")).isZero();
        assertThat(r.<Object>read("$.data._entities[0].matchHistory.pageInfo.endCursor")).isNull();
    }

    private Response page(String playerId, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reps", List.of(Map.of("__typename", "Player", "id", playerId)));
        variables.put("first", first);
        variables.put("after", after);
        return graphql.post(HISTORY, variables, null);
    }
}
