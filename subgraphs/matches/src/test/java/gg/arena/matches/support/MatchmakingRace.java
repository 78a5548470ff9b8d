package gg.arena.matches.support;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Region;
import gg.arena.matches.domain.TicketStatus;
import gg.arena.matches.repository.TicketRepository;
import gg.arena.matches.services.Matchmaker;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.demo.DemoWorld;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shared by the H2 and PostgreSQL concurrency tests: many players enqueue DUEL at the same
 * moment over HTTP; afterwards every ticket must be MATCHED into exactly one match whose
 * participants are exactly its two tickets' players.
 */
public final class MatchmakingRace {

    private MatchmakingRace() {}

    /** Enqueues players {@code first} … {@code first + count - 1} at once in DUEL, in {@code region}. */
    public static void enqueueAtOnce(GraphQl graphql, BearerTokens tokens, int first, int count, String region)
            throws Exception {
        List<String> bearer = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            bearer.add(tokens.issue(new PlayerPrincipal(DemoWorld.playerId(n), DemoWorld.handle(n), region, 1500 + n % 50))
                    .token());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<GraphQl.Response>> answers = new ArrayList<>();
            for (String token : bearer) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return graphql.post("mutation { enqueue(mode: DUEL, region: " + region + ") { id status } }",
                            Map.of(), token);
                }));
            }
            start.countDown();
            for (Future<GraphQl.Response> answer : answers) {
                answer.get(60, TimeUnit.SECONDS).ok();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Queues players {@code first} … {@code first + 19} (DUEL, equal ratings) directly, then
     * lets two matchmakers form at once, two passes each. The second has its own in-process
     * locks, like a second instance: only the row locks keep the two apart. A pass that loses
     * the race may fail and roll back; a last pass picks up whatever is left.
     */
    public static void twoMatchmakersAtOnce(TicketRepository tickets, Matchmaker one, Matchmaker other,
            Region region, int first) throws Exception {
        java.time.Instant now = java.time.Instant.now();
        for (int n = first; n < first + 20; n++) {
            tickets.insertQueued(new MatchmakingTicket("t-" + UUID.randomUUID(), DemoWorld.playerId(n),
                    GameMode.DUEL, region, 1500, TicketStatus.QUEUED, now, null));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> passes = new ArrayList<>();
            for (Matchmaker m : List.of(one, other, one, other)) {
                passes.add(pool.submit(() -> {
                    start.await();
                    try {
                        m.form(GameMode.DUEL, region);
                    } catch (RuntimeException e) {
                        // A losing pass rolls back as a whole; nothing to check here.
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> pass : passes) {
                pass.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        one.form(GameMode.DUEL, region);
    }

    /** Asserts that the players' tickets formed exactly {@code count / 2} two-player matches, none shared. */
    public static void assertEveryTicketInExactlyOneMatch(JdbcClient jdbc, int first, int count) {
        List<String> players = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            players.add(DemoWorld.playerId(n));
        }
        List<Map<String, Object>> tickets = jdbc.sql(
                        "SELECT player_id, status, match_id FROM matchmaking_ticket WHERE player_id IN (:p)")
                .param("p", players)
                .query()
                .listOfRows();
        assertThat(tickets).hasSize(count);
        assertThat(tickets).allSatisfy(t -> assertThat(t.get("status")).isEqualTo("MATCHED"));

        Map<String, Set<String>> ticketPlayersByMatch = new HashMap<>();
        for (Map<String, Object> t : tickets) {
            ticketPlayersByMatch.computeIfAbsent((String) t.get("match_id"), m -> new HashSet<>())
                    .add((String) t.get("player_id"));
        }
        assertThat(ticketPlayersByMatch).hasSize(count / 2);
        for (Map.Entry<String, Set<String>> match : ticketPlayersByMatch.entrySet()) {
            List<String> participants = jdbc.sql("SELECT player_id FROM match_participant WHERE match_id = :m")
                    .param("m", match.getKey())
                    .query(String.class)
                    .list();
            assertThat(participants).containsExactlyInAnyOrderElementsOf(match.getValue());
            assertThat(jdbc.sql("SELECT status FROM matches WHERE id = :m").param("m", match.getKey())
                    .query(String.class).single()).isEqualTo("LIVE");
        }
        // No player sits in two of the new matches.
        long lines = jdbc.sql("SELECT COUNT(*) FROM match_participant WHERE match_id IN (:m)")
                .param("m", ticketPlayersByMatch.keySet())
                .query(Long.class)
                .single();
        assertThat(lines).isEqualTo(count);
    }
}
