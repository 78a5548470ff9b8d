package gg.arena.matches;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.domain.Region;
import gg.arena.matches.events.MatchEventsPublisher;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.matches.repository.TicketRepository;
import gg.arena.matches.services.Matchmaker;
import gg.arena.matches.services.RatingBand;
import gg.arena.matches.support.MatchesHttpTest;
import gg.arena.matches.support.MatchmakingRace;
import java.time.Clock;
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
}
