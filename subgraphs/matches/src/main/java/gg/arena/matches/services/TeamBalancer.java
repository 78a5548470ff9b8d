package gg.arena.matches.services;

import gg.arena.matches.domain.GameMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a formed group into teams. Two-team modes: strongest first, each player to the
 * team with the lower rating total that still has room (greedy balancing). FREE_FOR_ALL: one
 * team per player, numbered by rating.
 */
public final class TeamBalancer {

    /** A player and the rating to balance on. */
    public record Rated(String playerId, int rating) {}

    private TeamBalancer() {}

    /** Team number (1-based) per player id, in the order players were placed. */
    public static Map<String, Integer> teams(GameMode mode, List<Rated> players) {
        List<Rated> strongestFirst = new ArrayList<>(players);
        strongestFirst.sort(Comparator.comparingInt(Rated::rating).reversed().thenComparing(Rated::playerId));
        Map<String, Integer> teams = new LinkedHashMap<>();
        int teamCount = mode.teams();
        int perTeam = Math.max(1, players.size() / teamCount);
        long[] totals = new long[teamCount];
        int[] sizes = new int[teamCount];
        for (Rated player : strongestFirst) {
            int pick = -1;
            for (int t = 0; t < teamCount; t++) {
                if (sizes[t] < perTeam && (pick < 0 || totals[t] < totals[pick])) {
                    pick = t;
                }
            }
            if (pick < 0) {
                pick = 0;
            }
            totals[pick] += player.rating();
            sizes[pick]++;
            teams.put(player.playerId(), pick + 1);
        }
        return teams;
    }
}
