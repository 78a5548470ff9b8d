package gg.arena.players.ratings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Elo for teams, pairwise. A team's rating is the mean rating of its players; its result against each
 * other team is 1, ½ or 0 as its total score is higher, equal or lower; its expected result is
 * {@code 1 / (1 + 10^((Ropp - Rteam) / 400))}. The team's change is
 * {@code K * Σ(result - expected) / (teams - 1)}, rounded once and given to every player of the team,
 * so a duel moves ratings exactly as classic Elo and a ten-player free-for-all moves them no more than
 * one duel does. Ratings never drop below 0. A match with fewer than two teams changes nothing.
 */
public final class TeamElo {

    private TeamElo() {}

    /** A team: its players' current ratings (by player id) and its total score in the match. */
    public record Team(Map<String, Integer> ratings, int score) {

        double rating() {
            return ratings.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        }
    }

    /** The new rating of every player of these teams (teams without players are ignored). */
    public static Map<String, Integer> rate(List<Team> teams, int k) {
        List<Team> playing = new ArrayList<>(teams.stream().filter(t -> !t.ratings().isEmpty()).toList());
        Map<String, Integer> updated = new LinkedHashMap<>();
        for (Team team : playing) {
            double sum = 0;
            for (Team other : playing) {
                if (other == team) {
                    continue;
                }
                double actual = team.score() > other.score() ? 1 : team.score() == other.score() ? 0.5 : 0;
                sum += actual - expected(team.rating(), other.rating());
            }
            int change = playing.size() < 2 ? 0 : (int) Math.round(k * sum / (playing.size() - 1));
            team.ratings().forEach((player, rating) -> updated.put(player, Math.max(0, rating + change)));
        }
        return updated;
    }

    static double expected(double rating, double opponent) {
        return 1 / (1 + Math.pow(10, (opponent - rating) / 400));
    }
}
