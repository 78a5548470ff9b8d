package gg.arena.matches;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.GraphQl.Response;
import gg.arena.matches.support.MatchesHttpTest;
import gg.arena.subgraph.demo.DemoWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code _entities} as the router sends it: many representations, one statement per table. */
class EntitiesTest extends MatchesHttpTest {

    private static final String PLAYERS_STATS = """
            query($reps: [_Any!]!) { _entities(representations: $reps) {
              ... on Player { id stats { matchesPlayed wins losses winRate kills deaths } } } }""";

    @Test
    void matchesResolveInRepresentationOrderWithOneStatementPerTable() {
        List<Map<String, Object>> reps = List.of(
                Map.of("__typename", "Match", "id", "m-00003"),
                Map.of("__typename", "Match", "id", "m-00001"),
                Map.of("__typename", "Match", "id", "m-00002"));
        statements.reset();

        Response r = graphql.post("""
                query($reps: [_Any!]!) { _entities(representations: $reps) {
                  ... on Match { id status participants { team player { id } } } } }""",
                Map.of("reps", reps), null).ok();

        assertThat(r.<List<String>>read("$.data._entities[*].id")).containsExactly("m-00003", "m-00001", "m-00002");
        assertThat(r.<List<Object>>read("$.data._entities[0].participants[*]")).isNotEmpty();
        assertThat(statements.statementsMentioning("from matches")).hasSize(1);
        assertThat(statements.statementsMentioning("from match_participant")).hasSize(1);
    }

    @Test
    void anUnknownMatchIsNullAmongTheOthers() {
        List<Map<String, Object>> reps = List.of(
                Map.of("__typename", "Match", "id", "m-00001"),
                Map.of("__typename", "Match", "id", "m-nope"));
        Response r = graphql.post("""
                query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Match { id } } }""",
                Map.of("reps", reps), null);
        assertThat(r.<String>read("$.data._entities[0].id")).isEqualTo("m-00001");
        assertThat(r.<Object>read("$.data._entities[1]")).isNull();
    }

    @Test
    void hundredPlayersAskingStatsMakeOneStatement() {
        List<Map<String, Object>> reps = players(1, 100);
        statements.reset();

        Response r = graphql.post(PLAYERS_STATS, Map.of("reps", reps), null).ok();

        List<String> ids = r.read("$.data._entities[*].id");
        assertThat(ids).hasSize(100).first().isEqualTo("p-0001");
        assertThat(requestStatements()).hasSize(1);
        assertThat(statements.statementsMentioning("match_participant")).hasSize(1);
        List<Integer> played = r.read("$.data._entities[*].stats.matchesPlayed");
        assertThat(played).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void statsAddUp() {
        Response r = graphql.post(PLAYERS_STATS, Map.of("reps", players(7, 1)), null).ok();
        int played = r.read("$.data._entities[0].stats.matchesPlayed");
        int wins = r.read("$.data._entities[0].stats.wins");
        int losses = r.read("$.data._entities[0].stats.losses");
        double winRate = r.read("$.data._entities[0].stats.winRate");
        assertThat(wins + losses).isEqualTo(played);
        assertThat(winRate).isCloseTo((double) wins / played, org.assertj.core.data.Offset.offset(1e-9));

        int fromRows = jdbc.sql("SELECT COUNT(*) FROM match_participant p JOIN matches m ON m.id = p.match_id"
                        + " WHERE p.player_id = 'p-0007' AND m.status = 'FINISHED'")
                .query(Integer.class).single();
        assertThat(played).isEqualTo(fromRows);
    }

    @Test
    void aPlayerWithoutMatchesHasZeroStats() {
        List<Map<String, Object>> reps = List.of(Map.of("__typename", "Player", "id", "p-unknown"));
        Response r = graphql.post(PLAYERS_STATS, Map.of("reps", reps), null).ok();
        assertThat(r.<Integer>read("$.data._entities[0].stats.matchesPlayed")).isZero();
        assertThat(r.<Double>read("$.data._entities[0].stats.winRate")).isZero();
    }

    @Test
    void hundredPlayersAskingHistoryAndStatsMakeOneStatementEach() {
        statements.reset();

        Response r = graphql.post("""
                query($reps: [_Any!]!) { _entities(representations: $reps) {
                  ... on Player { id stats { wins } matchHistory(first: 3) { totalCount edges { node { id mode } } } } } }""",
                Map.of("reps", players(101, 100)), null).ok();

        assertThat(r.<List<Object>>read("$.data._entities[*]")).hasSize(100);
        assertThat(r.<List<Object>>read("$.data._entities[0].matchHistory.edges[*]")).hasSize(3);
        assertThat(requestStatements()).hasSize(2);
    }

    /** Statements of the request: the matchmaking sweep polls the (empty) queue meanwhile. */
    private List<String> requestStatements() {
        return statements.statements().stream().filter(s -> !s.contains("matchmaking_ticket")).toList();
    }

    private static List<Map<String, Object>> players(int from, int count) {
        List<Map<String, Object>> reps = new ArrayList<>();
        IntStream.range(from, from + count)
                .forEach(n -> reps.add(Map.of("__typename", "Player", "id", DemoWorld.playerId(n))));
        return reps;
    }
}
