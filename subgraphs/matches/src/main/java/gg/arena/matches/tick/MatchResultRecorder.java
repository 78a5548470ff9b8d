package gg.arena.matches.tick;

import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.events.MatchEnded;
import gg.arena.matches.events.MatchEventsPublisher;
import gg.arena.matches.live.LiveMatchEvents;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.tick.sim.MatchListener;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what the tick server reports: kills and deaths as they happen (in memory, and as live events
 * through {@link LiveMatchEvents}), and at match end the final lines, the match as FINISHED and its
 * end sequence (the outbox of ended matches), then publishes {@link MatchEnded}. The server calls it
 * on an event loop, which must never wait for a database, so the writes run on a thread of their own.
 */
@Component
public class MatchResultRecorder implements MatchListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MatchResultRecorder.class);

    private record Line(AtomicInteger kills, AtomicInteger deaths) {
        Line() {
            this(new AtomicInteger(), new AtomicInteger());
        }
    }

    private final Map<String, Map<String, Line>> lines = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("match-results").daemon(true).factory());
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MatchRepository matches;
    private final ParticipantRepository participants;
    private final MatchEventsPublisher events;
    private final LiveMatchEvents live;
    private final Clock clock;

    public MatchResultRecorder(JdbcClient jdbc, TransactionTemplate transaction, MatchRepository matches,
            ParticipantRepository participants, MatchEventsPublisher events, LiveMatchEvents live, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.matches = matches;
        this.participants = participants;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public void kill(String matchId, long tick, String killer, String victim) {
        Map<String, Line> match = lines.computeIfAbsent(matchId, id -> new ConcurrentHashMap<>());
        match.computeIfAbsent(killer, id -> new Line()).kills().incrementAndGet();
        match.computeIfAbsent(victim, id -> new Line()).deaths().incrementAndGet();
        live.kill(matchId, tick, killer, victim);
    }

    @Override
    public void ended(String matchId, Map<String, Integer> scores) {
        Map<String, Line> matchLines = lines.remove(matchId);
        writer.execute(() -> {
            try {
                store(matchId, scores, matchLines == null ? Map.of() : matchLines);
            } catch (RuntimeException e) {
                // The match stays LIVE; it is logged so an operator can settle it. Nothing is retried
                // blindly, because a half-understood failure could otherwise write a result twice.
                log.error("could not store the result of match {}: {}", matchId, scores, e);
            }
        });
    }

    /** Writes the result when the match is still LIVE; publishes MatchEnded after the commit. */
    void store(String matchId, Map<String, Integer> scores, Map<String, Line> matchLines) {
        Long endSequence = transaction.execute(status -> {
            List<Participant> before = participants.findByMatchIds(List.of(matchId));
            Map<Integer, Integer> teamScores = new TreeMap<>();
            for (Participant p : before) {
                teamScores.merge(p.team(), scores.getOrDefault(p.playerId(), 0), Integer::sum);
            }
            Integer winner = winner(teamScores);
            int updated = jdbc.sql("UPDATE matches SET status = 'FINISHED', ended_at = :endedAt, winning_team = :winner"
                            + " WHERE id = :id AND status = 'LIVE'")
                    .param("endedAt", SqlTime.bind(clock.instant().truncatedTo(ChronoUnit.MILLIS)))
                    .param("winner", winner)
                    .param("id", matchId)
                    .update();
            if (updated == 0) {
                return null;
            }
            long sequence = matches.nextEndSequence();
            jdbc.sql("UPDATE matches SET end_sequence = :sequence WHERE id = :id")
                    .param("sequence", sequence)
                    .param("id", matchId)
                    .update();
            for (Participant p : before) {
                Line line = matchLines.getOrDefault(p.playerId(), new Line());
                jdbc.sql("UPDATE match_participant SET score = :score, kills = :kills, deaths = :deaths"
                                + " WHERE match_id = :match AND player_id = :player")
                        .param("score", scores.getOrDefault(p.playerId(), 0))
                        .param("kills", line.kills().get())
                        .param("deaths", line.deaths().get())
                        .param("match", matchId)
                        .param("player", p.playerId())
                        .update();
            }
            return sequence;
        });
        if (endSequence != null) {
            Match match = matches.findAllById(List.of(matchId)).getFirst();
            events.matchEnded(new MatchEnded(match, participants.findByMatchIds(List.of(matchId)), endSequence));
        } else {
            log.warn("match {} ended on the tick server but is no longer LIVE here; result not stored", matchId);
        }
    }

    /** The team with the highest total score; null for a draw (no winner, no loser in the stats). */
    static Integer winner(Map<Integer, Integer> teamScores) {
        Integer winner = null;
        int best = Integer.MIN_VALUE;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> e : teamScores.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                winner = e.getKey();
                tie = false;
            } else if (e.getValue() == best) {
                tie = true;
            }
        }
        return tie ? null : winner;
    }

    @Override
    public void destroy() {
        writer.shutdown();
    }
}
