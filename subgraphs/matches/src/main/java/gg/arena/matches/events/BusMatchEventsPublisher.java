package gg.arena.matches.events;

import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.domain.TicketStatus;
import gg.arena.matches.live.LiveMatchEvents;
import gg.arena.matches.live.MatchesTopics;
import gg.arena.matches.live.TicketUpdate;
import gg.arena.subgraph.events.EventBus;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link MatchEventsPublisher}: matched and cancelled tickets go to
 * {@code matches.found.<ticketId>} (matchFound), ended matches through {@link LiveMatchEvents} to
 * {@code matches.events.<matchId>} and {@code matches.ended} (players' ratings). Each fact is also
 * logged in one line.
 */
public final class BusMatchEventsPublisher implements MatchEventsPublisher {

    private static final Logger log = LoggerFactory.getLogger(BusMatchEventsPublisher.class);

    private final EventBus bus;
    private final LiveMatchEvents live;

    public BusMatchEventsPublisher(EventBus bus, LiveMatchEvents live) {
        this.bus = bus;
        this.live = live;
    }

    @Override
    public void matchFormed(MatchFormed event) {
        log.info("match formed: {} {} {} with {} players",
                event.match().id(), event.match().mode(), event.match().region(), event.participants().size());
        Map<String, Integer> teams = event.participants().stream()
                .collect(Collectors.toMap(Participant::playerId, Participant::team, (a, b) -> a));
        for (MatchmakingTicket ticket : event.tickets()) {
            bus.publish(MatchesTopics.found(ticket.id()), new TicketUpdate(ticket.id(), ticket.playerId(),
                    TicketStatus.MATCHED, event.match().id(), teams.get(ticket.playerId())));
        }
    }

    @Override
    public void matchEnded(MatchEnded event) {
        log.info("match ended: {} status {} winning team {} (end sequence {})",
                event.match().id(), event.match().status(), event.match().winningTeam(), event.endSequence());
        live.ended(event);
    }

    @Override
    public void ticketCancelled(MatchmakingTicket ticket) {
        bus.publish(MatchesTopics.found(ticket.id()),
                new TicketUpdate(ticket.id(), ticket.playerId(), TicketStatus.CANCELLED, null, null));
    }
}
