package gg.arena.matches.live;

import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchFound;
import gg.arena.matches.domain.MatchStatus;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.domain.TicketStatus;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.matches.repository.TicketRepository;
import gg.arena.matches.services.MatchmakingService;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.errors.ConflictException;
import gg.arena.subgraph.errors.InvalidInputException;
import gg.arena.subgraph.errors.NotFoundException;
import gg.arena.subgraph.events.EventBus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * What the matchFound and matchEvents subscriptions stream. Each listens on the bus first and then
 * reads the database (at once, then every {@link LiveProperties#recheckInterval()}), so an outcome
 * that happened just before it listened, or whose event the bus lost, still arrives.
 */
@Service
public class LiveMatches {

    static final int MAX_ID_LENGTH = 64;
    /** A stored end younger than this is left to the live stream, whose kill events precede it. */
    private static final Duration LIVE_END_GRACE = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(LiveMatches.class);

    private final EventBus bus;
    private final MatchmakingService matchmaking;
    private final TicketRepository tickets;
    private final MatchRepository matches;
    private final ParticipantRepository participants;
    private final Scheduler scheduler;
    private final LiveProperties properties;
    private final Clock clock;

    public LiveMatches(EventBus bus, MatchmakingService matchmaking, TicketRepository tickets, MatchRepository matches,
            ParticipantRepository participants, @Qualifier("arenaEventsScheduler") Scheduler scheduler,
            LiveProperties properties, Clock clock) {
        this.bus = bus;
        this.matchmaking = matchmaking;
        this.tickets = tickets;
        this.matches = matches;
        this.participants = participants;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One MatchFound when the player's own ticket is matched (at once when it already is), then
     * complete; complete without an event when the ticket is dequeued. Checks ownership first:
     * TICKET_ID_INVALID, TICKET_NOT_FOUND, NOT_TICKET_OWNER, and TICKET_CANCELLED for a dequeued ticket.
     */
    public Flux<MatchFound> matchFound(PlayerPrincipal player, String ticketId) {
        MatchmakingTicket ticket = matchmaking.own(player, ticketId);
        if (ticket.status() == TicketStatus.CANCELLED) {
            throw new ConflictException("TICKET_CANCELLED",
                    "Ticket '" + ticketId + "' was dequeued: it will never be matched.");
        }
        Flux<TicketUpdate> published = bus.subscribe(MatchesTopics.found(ticket.id()), TicketUpdate.class);
        Flux<TicketUpdate> stored = rechecks(round -> storedTicket(ticket.id()), "ticket " + ticket.id());
        return Flux.merge(published, stored)
                .filter(update -> update.status() != TicketStatus.QUEUED)
                .take(1)
                .filter(update -> update.status() == TicketStatus.MATCHED && update.team() != null)
                .map(update -> new MatchFound(update.ticketId(), update.matchId(), update.team()));
    }

    /**
     * The match's live events until its end, then complete; only its end (read back) when it has already
     * ended. MATCH_ID_INVALID, MATCH_NOT_FOUND.
     */
    public Flux<LiveEvent> matchEvents(String matchId) {
        if (matchId == null || matchId.isBlank() || matchId.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("MATCH_ID_INVALID", "matchId must be 1.." + MAX_ID_LENGTH + " characters.");
        }
        if (matches.findAllById(List.of(matchId)).isEmpty()) {
            throw new NotFoundException("MATCH_NOT_FOUND", "No match '" + matchId + "'.");
        }
        Flux<LiveEvent> published = bus.subscribe(MatchesTopics.events(matchId), LiveEvent.class);
        Flux<LiveEvent> stored = rechecks(round -> storedEnd(matchId, round == 0), "match " + matchId);
        return Flux.merge(published, stored).takeUntil(event -> event instanceof MatchEndEvent);
    }

    /** A database read at once (round 0) and then every recheck interval, on the bus scheduler (it may block). */
    private <T> Flux<T> rechecks(LongFunction<Optional<T>> read, String what) {
        return Flux.interval(Duration.ZERO, properties.recheckInterval(), scheduler)
                .onBackpressureDrop()
                .concatMap(round -> Mono.fromCallable(() -> read.apply(round).orElse(null))
                        .onErrorResume(e -> {
                            log.warn("could not read {} for a subscription; retrying in {}: {}", what,
                                    properties.recheckInterval(), e.toString());
                            return Mono.empty();
                        }), 1);
    }

    private Optional<TicketUpdate> storedTicket(String ticketId) {
        return tickets.findById(ticketId).map(t -> new TicketUpdate(t.id(), t.playerId(), t.status(), t.matchId(),
                t.matchId() == null ? null : teamOf(t.matchId(), t.playerId())));
    }

    private Integer teamOf(String matchId, String playerId) {
        return participants.findByMatchIds(List.of(matchId)).stream()
                .filter(p -> p.playerId().equals(playerId))
                .map(Participant::team)
                .findFirst()
                .orElse(null);
    }

    private Optional<LiveEvent> storedEnd(String matchId, boolean initial) {
        Optional<Match> match = matches.findAllById(List.of(matchId)).stream().findFirst();
        if (match.isEmpty() || match.get().status() == MatchStatus.LIVE) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant endedAt = match.get().endedAt();
        if (!initial && endedAt != null && endedAt.isAfter(now.minus(LIVE_END_GRACE))) {
            return Optional.empty();
        }
        return Optional.of(MatchEndEvent.of(match.get(), participants.findByMatchIds(List.of(matchId)), now));
    }
}
