package gg.arena.players.services;

import gg.arena.players.domain.LeaderboardConnection;
import gg.arena.players.domain.LeaderboardEdge;
import gg.arena.players.domain.PageInfo;
import gg.arena.players.domain.Region;
import gg.arena.players.repository.LeaderboardRepository;
import gg.arena.players.repository.PlayerRow;
import gg.arena.subgraph.errors.InvalidInputException;
import gg.arena.subgraph.paging.Cursors;
import gg.arena.subgraph.paging.PageSize;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Leaderboard pages. A cursor carries the rank, rating and id of the row it stands for: the
 * next page starts strictly after that (rating, id) and numbers on from that rank, so paging
 * needs no OFFSET and never repeats or skips a row that was already there.
 */
@Service
public class Leaderboard {

    public static final int DEFAULT_PAGE_SIZE = 20;

    private final LeaderboardRepository rows;

    public Leaderboard(LeaderboardRepository rows) {
        this.rows = rows;
    }

    public LeaderboardConnection page(Region region, Integer first, String after) {
        int size = PageSize.check(first, DEFAULT_PAGE_SIZE);
        String kind = kind(region);
        Position from = after == null ? null : Position.parse(kind, after);
        List<PlayerRow> page = rows.page(region, from == null ? null : from.after(), size + 1);
        boolean hasNext = page.size() > size;
        int firstRank = from == null ? 1 : from.rank() + 1;
        List<LeaderboardEdge> edges = new ArrayList<>(Math.min(page.size(), size));
        for (int i = 0; i < page.size() && i < size; i++) {
            PlayerRow row = page.get(i);
            int rank = firstRank + i;
            edges.add(new LeaderboardEdge(new Position(rank, row.rating(), row.id()).cursor(kind), rank, row.toPlayer()));
        }
        PageInfo info = new PageInfo(
                hasNext,
                from != null,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new LeaderboardConnection(edges, info, region);
    }

    /** {@code LeaderboardConnection.totalCount} */
    public int totalCount(Region region) {
        return rows.count(region);
    }

    /** Cursors name their leaderboard, so one region's cursor is refused by another's. */
    private static String kind(Region region) {
        return "leaderboard-" + (region == null ? "ALL" : region.name());
    }

    private record Position(int rank, int rating, String id) {

        String cursor(String kind) {
            return Cursors.encode(kind, rank + ":" + rating + ":" + id);
        }

        LeaderboardRepository.After after() {
            return new LeaderboardRepository.After(rating, id);
        }

        static Position parse(String kind, String cursor) {
            String[] parts = Cursors.decode(kind, cursor).split(":", 3);
            try {
                if (parts.length == 3 && !parts[2].isEmpty()) {
                    int rank = Integer.parseInt(parts[0]);
                    if (rank >= 1) {
                        return new Position(rank, Integer.parseInt(parts[1]), parts[2]);
                    }
                }
            } catch (NumberFormatException e) {
                // falls through to the same error as any other malformed cursor
            }
            throw new InvalidInputException("INVALID_CURSOR", "The cursor is not one this leaderboard returned.");
        }
    }
}
