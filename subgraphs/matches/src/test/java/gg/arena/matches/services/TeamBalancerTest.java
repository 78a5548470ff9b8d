package gg.arena.matches.services;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.services.TeamBalancer.Rated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamBalancerTest {

    @Test
    void teamDeathmatchSplitsFiveAgainstFiveWithCloseTotals() {
        List<Rated> players = new ArrayList<>();
        int[] ratings = {2400, 2300, 1200, 1100, 1800, 1700, 1500, 1500, 900, 2000};
        for (int i = 0; i < ratings.length; i++) {
            players.add(new Rated("p" + i, ratings[i]));
        }
        Map<String, Integer> teams = TeamBalancer.teams(GameMode.TEAM_DEATHMATCH, players);

        long[] totals = new long[3];
        int[] sizes = new int[3];
        for (Rated p : players) {
            totals[teams.get(p.playerId())] += p.rating();
            sizes[teams.get(p.playerId())]++;
        }
        assertThat(sizes[1]).isEqualTo(5);
        assertThat(sizes[2]).isEqualTo(5);
        assertThat(Math.abs(totals[1] - totals[2])).isLessThanOrEqualTo(700);
    }

    @Test
    void freeForAllGivesEveryPlayerATeam() {
        List<Rated> players = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            players.add(new Rated("p" + i, 1000 + i));
        }
        assertThat(TeamBalancer.teams(GameMode.FREE_FOR_ALL, players).values())
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void duelPutsThePlayersOnTeamsOneAndTwo() {
        Map<String, Integer> teams = TeamBalancer.teams(GameMode.DUEL, List.of(new Rated("a", 1), new Rated("b", 2)));
        assertThat(teams).containsEntry("b", 1).containsEntry("a", 2);
    }
}
