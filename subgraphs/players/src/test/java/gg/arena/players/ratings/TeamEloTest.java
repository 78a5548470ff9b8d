package gg.arena.players.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamEloTest {

    private static TeamElo.Team team(int score, Object... idsAndRatings) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (int i = 0; i < idsAndRatings.length; i += 2) {
            ratings.put((String) idsAndRatings[i], (Integer) idsAndRatings[i + 1]);
        }
        return new TeamElo.Team(ratings, score);
    }

    @Test
    void aDuelBetweenEqualRatingsMovesHalfOfK() {
        assertThat(TeamElo.rate(List.of(team(3, "a", 1500), team(1, "b", 1500)), 32))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", 1516, "b", 1484));
    }

    @Test
    void theFavouriteWinsLessAndLosesMore() {
        // expected result of 1600 against 1400: 1 / (1 + 10^(-0.5)) = 0.76
        assertThat(TeamElo.rate(List.of(team(1, "fav", 1600), team(0, "dog", 1400)), 32))
                .containsExactlyInAnyOrderEntriesOf(Map.of("fav", 1608, "dog", 1392));
        assertThat(TeamElo.rate(List.of(team(0, "fav", 1600), team(1, "dog", 1400)), 32))
                .containsExactlyInAnyOrderEntriesOf(Map.of("fav", 1576, "dog", 1424));
    }

    @Test
    void aDrawBetweenEqualTeamsChangesNothingAndTeamsUseTheirMeanRating() {
        assertThat(TeamElo.rate(List.of(team(2, "a", 1400, "b", 1600), team(2, "c", 1500, "d", 1500)), 32))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", 1400, "b", 1600, "c", 1500, "d", 1500));
        // every player of a team gets the team's change
        assertThat(TeamElo.rate(List.of(team(5, "a", 1400, "b", 1600), team(2, "c", 1500, "d", 1500)), 32))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", 1416, "b", 1616, "c", 1484, "d", 1484));
    }

    @Test
    void freeForAllAveragesOverOpponentsSoTheWinnerMovesLikeOneDuel() {
        Map<String, Integer> rated = TeamElo.rate(List.of(team(5, "a", 1500), team(3, "b", 1500), team(1, "c", 1500)), 32);
        assertThat(rated).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1516, "b", 1500, "c", 1484));
    }

    @Test
    void ratingsStopAtZeroAndALoneTeamChangesNothing() {
        assertThat(TeamElo.rate(List.of(team(0, "a", 5), team(9, "b", 5)), 32)).containsEntry("a", 0);
        assertThat(TeamElo.rate(List.of(team(9, "a", 1500)), 32)).containsExactlyEntriesOf(Map.of("a", 1500));
        assertThat(TeamElo.rate(List.of(team(9, "a", 1500), team(0)), 32)).containsExactlyEntriesOf(Map.of("a", 1500));
    }
}
