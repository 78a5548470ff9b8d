package gg.arena.matches;

import gg.arena.subgraph.testing.ServedSdl;
import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.GraphQl.Response;
import gg.arena.matches.support.MatchesHttpTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchQueriesTest extends MatchesHttpTest {

    @Test
    void aSeededMatchComesWithItsParticipants() {
        Response r = graphql.query("""
                { match(id: "m-00042") { id mode region status startedAt endedAt winningTeam
                    participants { player { id } team score kills deaths } } }""").ok();

        assertThat(r.<String>read("$.data.match.id")).isEqualTo("m-00042");
        assertThat(r.<String>read("$.data.match.status")).isEqualTo("FINISHED");
        assertThat(r.<String>read("$.data.match.endedAt")).isNotNull();
        String mode = r.read("$.data.match.mode");
        List<Map<String, Object>> participants = r.read("$.data.match.participants[*]");
        int expected = mode.equals("DUEL") ? 2 : 10;
        assertThat(participants).hasSize(expected);
        assertThat(participants).allSatisfy(p -> assertThat(((Map<?, ?>) p.get("player")).get("id").toString())
                .matches("p-\\d{4}"));
        Integer winningTeam = r.read("$.data.match.winningTeam");
        assertThat(participants).anySatisfy(p -> assertThat(p.get("team")).isEqualTo(winningTeam));
    }

    @Test
    void seededMatchesArePlayedByPlayersOfTheirRegion() {
        Response r = graphql.query("""
                { match(id: "m-04999") { region participants { player { id } } } }""").ok();
        String region = r.read("$.data.match.region");
        List<String> ids = r.read("$.data.match.participants[*].player.id");
        assertThat(ids).allSatisfy(id -> assertThat(
                gg.arena.subgraph.demo.DemoWorld.region(gg.arena.subgraph.demo.DemoWorld.playerIndex(id)))
                .isEqualTo(region));
    }

    @Test
    void anUnknownMatchIsNull() {
        Response r = graphql.query("{ match(id: \"m-99999\") { id } }").ok();
        assertThat(r.<Object>read("$.data.match")).isNull();
    }

    @Test
    void liveMatchesRejectsAPageSizeOutsideOneToHundred() {
        Response r = graphql.query("{ liveMatches(first: 0) { id } }");
        assertThat(r.errorCode()).isEqualTo("INVALID_PAGE_SIZE");
    }

    @Test
    void anUnknownRegionIsRejectedByValidation() {
        Response r = graphql.query("{ liveMatches(region: MARS) { id } }");
        assertThat(r.errors()).isNotEmpty();
        assertThat(r.body()).contains("MARS");
    }

    @Test
    void theServiceSdlDeclaresTheEntities() {
        Response r = graphql.query("{ _service { sdl } }").ok();
        String sdl = r.read("$.data._service.sdl");
        assertThat(ServedSdl.differences(sdl, "schema/matches.graphqls")).as("served SDL vs its file").isEmpty();
        assertThat(sdl).containsPattern("type Match @key\\(fields ?: ?\"id\"")
                .containsPattern("type Player @key\\(fields ?: ?\"id\"")
                .contains("matchHistory(").contains("stats: PlayerStats!");
    }
}
