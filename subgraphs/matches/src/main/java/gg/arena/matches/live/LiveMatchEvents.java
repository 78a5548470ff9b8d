package gg.arena.matches.live;

import gg.arena.matches.domain.Participant;
import gg.arena.matches.events.MatchEnded;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.subgraph.events.EventBus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Turns what the tick server reports into {@code matchEvents} on the bus. The tick server calls
 * {@link #kill} on a match's event loop, which must never wait: that call only numbers the events
 * and appends a task to a bounded queue; one relay thread looks up teams (database), keeps the
 * running scores and publishes, in the order the events happened. A full queue drops the event
 * (counted, logged once per burst) instead of slowing the match.
 */
@Component
public class LiveMatchEvents implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveMatchEvents.class);

    private final EventBus bus;
    private final ParticipantRepository participants;
    private final Clock clock;
    private final ThreadPoolExecutor relay;
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    /** Running scores per match; touched only by the relay thread. */
    private final Map<String, Scoreboard> scoreboards = new HashMap<>();
    private final LongAdder dropped = new LongAdder();
    private volatile boolean dropping;

    public LiveMatchEvents(EventBus bus, ParticipantRepository participants, Clock clock, LiveProperties properties) {
        this.bus = bus;
        this.participants = participants;
        this.clock = clock;
        this.relay = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.relayCapacity()),
                Thread.ofPlatform().name("match-events").daemon(true).factory(),
                (task, executor) -> drop());
    }

    /** A kill in a match (called on the tick server's event loop): a kill event and the killer's score event. */
    public void kill(String matchId, long tick, String killer, String victim) {
        long killSequence = sequences.computeIfAbsent(matchId, id -> new AtomicLong()).addAndGet(2) - 1;
        Instant at = clock.instant();
        relay.execute(() -> {
            bus.publish(MatchesTopics.events(matchId), new MatchKillEvent(matchId, killSequence, at, tick, killer, victim));
            Scoreboard board = scoreboards.computeIfAbsent(matchId, this::scoreboard);
            int score = board.point(killer);
            bus.publish(MatchesTopics.events(matchId), new MatchScoreEvent(matchId, killSequence + 1, at, tick, killer,
                    score, board.teamScores()));
            dropping = false;
        });
    }

    /**
     * A result was stored (called after the commit): the match's end event, after every event
     * queued before it, and the result for the players service.
     */
    public void ended(MatchEnded ended) {
        String matchId = ended.match().id();
        Instant at = clock.instant();
        relay.execute(() -> {
            scoreboards.remove(matchId);
            sequences.remove(matchId);
            bus.publish(MatchesTopics.events(matchId), MatchEndEvent.of(ended.match(), ended.participants(), at));
            bus.publish(MatchesTopics.ENDED, MatchResultMessage.of(ended));
        });
    }

    /** Events dropped because the relay queue was full, since start. */
    public long droppedEvents() {
        return dropped.sum();
    }

    private void drop() {
        dropped.increment();
        if (!dropping) {
            dropping = true;
            log.warn("match events arrive faster than they can be published; dropping until the relay catches up"
                    + " (arena.matches.live.relay-capacity)");
        }
    }

    private Scoreboard scoreboard(String matchId) {
        Map<String, Integer> teams = new HashMap<>();
        try {
            for (Participant p : participants.findByMatchIds(List.of(matchId))) {
                teams.put(p.playerId(), p.team());
            }
        } catch (RuntimeException e) {
            // Scores still go out; team totals lack the teams that could not be read.
            log.warn("could not read the teams of match {}: {}", matchId, e.toString());
        }
        return new Scoreboard(teams);
    }

    @Override
    public void destroy() {
        relay.shutdown();
    }

    /** Scores of one match's players and teams. */
    private static final class Scoreboard {

        private final Map<String, Integer> teamOf;
        private final Map<String, Integer> playerScores = new HashMap<>();
        private final Map<Integer, Integer> teamScores = new TreeMap<>();

        Scoreboard(Map<String, Integer> teamOf) {
            this.teamOf = teamOf;
            teamOf.values().forEach(team -> teamScores.put(team, 0));
        }

        int point(String playerId) {
            Integer team = teamOf.get(playerId);
            if (team != null) {
                teamScores.merge(team, 1, Integer::sum);
            }
            return playerScores.merge(playerId, 1, Integer::sum);
        }

        List<TeamScore> teamScores() {
            return teamScores.entrySet().stream().map(e -> new TeamScore(e.getKey(), e.getValue())).toList();
        }
    }
}
