package gg.arena.matches;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Region;
import gg.arena.matches.domain.TicketStatus;
import gg.arena.matches.events.MatchEnded;
import gg.arena.matches.events.MatchFormed;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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

    /** A second Matchmaker shares only the database, as a second instance would. */
    @Test
    void twoMatchmakersSharingTheDatabaseNeverShareATicket() throws Exception {
        Matchmaker otherInstance = new Matchmaker(tickets, matches, participants, band, transaction, events, clock);
        MatchmakingRace.twoMatchmakersAtOnce(tickets, matchmaker, otherInstance, Region.OCE, 701);

        MatchmakingRace.assertEveryTicketInExactlyOneMatch(jdbc, 701, 20);
        assertThat(tickets.queuedPools()).isEmpty();
    }

    @Test
    void matchFormedIsPublishedAfterCommit() {
        List<MatchFormed> published = new CopyOnWriteArrayList<>();
        List<String> statusSeenByPublisher = new CopyOnWriteArrayList<>();
        MatchEventsPublisher recording = new MatchEventsPublisher() {
            @Override
            public void matchFormed(MatchFormed event) {
                published.add(event);
                // Another thread (so another connection) must already see the match: the event follows the commit.
                statusSeenByPublisher.add(CompletableFuture.supplyAsync(() -> jdbc.sql("SELECT status FROM matches WHERE id = :id")
                        .param("id", event.match().id()).query(String.class).optional().orElse("absent")).join());
            }

            @Override
            public void matchEnded(MatchEnded event) {}
        };

        Matchmaker recordingInstance = new Matchmaker(tickets, matches, participants, band, transaction, recording, clock);
        // Holding the application matchmaker's pool lock keeps its sweep away from these tickets.
        matchmaker.underPoolLock(GameMode.DUEL, Region.NA, () -> {
            Instant now = clock.instant();
            for (int n = 731; n <= 732; n++) {
                tickets.insertQueued(new MatchmakingTicket("t-" + UUID.randomUUID(), DemoWorld.playerId(n),
                        GameMode.DUEL, Region.NA, 1500, TicketStatus.QUEUED, now, null));
            }
            return recordingInstance.form(GameMode.DUEL, Region.NA);
        });

        assertThat(published).hasSize(1);
        assertThat(published.getFirst().participants()).extracting(p -> p.playerId())
                .containsExactlyInAnyOrder("p-0731", "p-0732");
        assertThat(statusSeenByPublisher).containsExactly("LIVE");
    }
}
