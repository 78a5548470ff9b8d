package gg.arena.matches;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Region;
import gg.arena.matches.domain.TicketStatus;
import gg.arena.matches.events.MatchEventsPublisher;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.matches.repository.TicketRepository;
import gg.arena.matches.services.Matchmaker;
import gg.arena.matches.services.RatingBand;
import gg.arena.matches.support.MatchesHttpTest;
import gg.arena.matches.support.MatchmakingRace;
import gg.arena.subgraph.demo.DemoWorld;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class MatchmakingConcurrencyTest extends MatchesHttpTest {

    @Autowired TicketRepository tickets;
    @Autowired MatchRepository matches;
    @Autowired ParticipantRepository participants;
    @Autowired RatingBand band;
    @Autowired TransactionTemplate transaction;
    @Autowired MatchEventsPublisher events;
    @Autowired Clock clock;
    @Autowired Matchmaker matchmaker;

    @Test
    void twentyPlayersEnqueueingAtOnceFormTenMatchesWithNoTicketInTwo() throws Exception {
        MatchmakingRace.enqueueAtOnce(graphql, tokens, 601, 20, "EU");
        MatchmakingRace.assertEveryTicketInExactlyOneMatch(jdbc, 601, 20);
    }

    /**
     * A second Matchmaker has its own in-process locks, like a second instance: only the row
     * locks keep the two apart. A pass that loses the race may fail and roll back; none may
     * put a ticket in two matches.
     */
    @Test
    void twoMatchmakersSharingTheDatabaseNeverShareATicket() throws Exception {
        Instant now = clock.instant();
        for (int n = 701; n < 721; n++) {
            tickets.insertQueued(new MatchmakingTicket("t-" + UUID.randomUUID(), DemoWorld.playerId(n),
                    GameMode.DUEL, Region.OCE, 1500, TicketStatus.QUEUED, now, null));
        }
        Matchmaker otherInstance = new Matchmaker(tickets, matches, participants, band, transaction, events, clock);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> passes = new ArrayList<>();
            for (Matchmaker m : List.of(matchmaker, otherInstance, matchmaker, otherInstance)) {
                passes.add(pool.submit(() -> {
                    start.await();
                    try {
                        m.form(GameMode.DUEL, Region.OCE);
                    } catch (RuntimeException e) {
                        // A losing pass rolls back; the final pass below picks up what is left.
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
        matchmaker.form(GameMode.DUEL, Region.OCE);

        MatchmakingRace.assertEveryTicketInExactlyOneMatch(jdbc, 701, 20);
        assertThat(tickets.queuedPools()).isEmpty();
    }
}
