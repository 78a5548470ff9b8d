package gg.arena.matches.services;

import gg.arena.matches.domain.HistoryCursor;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchConnection;
import gg.arena.matches.domain.MatchConnection.MatchEdge;
import gg.arena.matches.domain.MatchConnection.PageInfo;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.matches.repository.ParticipantRepository.HistoryRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Builds {@code Player.matchHistory} pages for many players at once (one statement per call). */
@Service
public class MatchHistoryService {

    private final ParticipantRepository participants;

    public MatchHistoryService(ParticipantRepository participants) {
        this.participants = participants;
    }

    /** The page of each player after {@code after}, {@code first} matches long. */
    public Map<String, MatchConnection> pages(Collection<String> playerIds, int first, HistoryCursor after) {
        Map<String, List<Match>> rows = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (HistoryRow row : participants.historyFor(playerIds, after, first + 1)) {
            totals.put(row.playerId(), row.totalCount());
            List<Match> list = rows.computeIfAbsent(row.playerId(), id -> new ArrayList<>());
            if (row.match() != null) {
                list.add(row.match());
            }
        }
        Map<String, MatchConnection> pages = new HashMap<>();
        for (String playerId : playerIds) {
            List<Match> found = rows.getOrDefault(playerId, List.of());
            boolean hasNext = found.size() > first;
            List<MatchEdge> edges = found.stream()
                    .limit(first)
                    .map(m -> new MatchEdge(HistoryCursor.of(m).encode(), m))
                    .toList();
            PageInfo pageInfo = new PageInfo(hasNext, after != null,
                    edges.isEmpty() ? null : edges.getFirst().cursor(),
                    edges.isEmpty() ? null : edges.getLast().cursor());
            pages.put(playerId, new MatchConnection(edges, pageInfo, totals.getOrDefault(playerId, 0)));
        }
        return pages;
    }
}
