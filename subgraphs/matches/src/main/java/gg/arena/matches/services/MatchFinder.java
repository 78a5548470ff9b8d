package gg.arena.matches.services;

import gg.arena.matches.domain.MatchmakingTicket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Picks groups of queued tickets that may play together. A group is acceptable when every
 * member's rating lies within every other member's band. The oldest ticket that can be
 * placed goes first (so waiting counts), in the tightest rating window around it; repeated
 * until no group forms. Pure: no database, no clock.
 */
public final class MatchFinder {

    private MatchFinder() {}

    /**
     * @param queued the pool's queued tickets, oldest first
     * @param size players per match
     * @param band each ticket's current band (±)
     */
    public static List<List<MatchmakingTicket>> groups(
            List<MatchmakingTicket> queued, int size, ToIntFunction<MatchmakingTicket> band) {
        List<List<MatchmakingTicket>> groups = new ArrayList<>();
        List<MatchmakingTicket> remaining = new ArrayList<>(queued);
        while (remaining.size() >= size) {
            List<MatchmakingTicket> byRating = remaining.stream()
                    .sorted(Comparator.comparingInt(MatchmakingTicket::rating))
                    .toList();
            List<MatchmakingTicket> chosen = null;
            for (MatchmakingTicket anchor : remaining) {
                chosen = tightestWindowAround(byRating, byRating.indexOf(anchor), size, band);
                if (chosen != null) {
                    break;
                }
            }
            if (chosen == null) {
                break;
            }
            groups.add(chosen);
            remaining.removeAll(chosen);
        }
        return groups;
    }

    private static List<MatchmakingTicket> tightestWindowAround(
            List<MatchmakingTicket> byRating, int index, int size, ToIntFunction<MatchmakingTicket> band) {
        List<MatchmakingTicket> best = null;
        int bestSpread = Integer.MAX_VALUE;
        int firstStart = Math.max(0, index - size + 1);
        int lastStart = Math.min(index, byRating.size() - size);
        for (int start = firstStart; start <= lastStart; start++) {
            List<MatchmakingTicket> window = byRating.subList(start, start + size);
            int min = window.getFirst().rating();
            int max = window.getLast().rating();
            if (max - min < bestSpread && acceptable(window, min, max, band)) {
                best = List.copyOf(window);
                bestSpread = max - min;
            }
        }
        return best;
    }

    private static boolean acceptable(
            List<MatchmakingTicket> window, int min, int max, ToIntFunction<MatchmakingTicket> band) {
        for (MatchmakingTicket t : window) {
            int b = band.applyAsInt(t);
            if (max - t.rating() > b || t.rating() - min > b) {
                return false;
            }
        }
        return true;
    }
}
