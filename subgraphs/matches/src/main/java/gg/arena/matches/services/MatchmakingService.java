package gg.arena.matches.services;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Region;
import gg.arena.matches.domain.TicketStatus;
import gg.arena.matches.events.MatchEventsPublisher;
import gg.arena.matches.repository.TicketRepository;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.errors.ConflictException;
import gg.arena.subgraph.errors.ForbiddenException;
import gg.arena.subgraph.errors.InvalidInputException;
import gg.arena.subgraph.errors.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The matchmaking queue as players see it: enqueue, dequeue, look at an own ticket. */
@Service
public class MatchmakingService {

    static final int MAX_ID_LENGTH = 64;
    private static final Logger log = LoggerFactory.getLogger(MatchmakingService.class);

    private final TicketRepository tickets;
    private final Matchmaker matchmaker;
    private final MatchEventsPublisher events;
    private final Clock clock;

    public MatchmakingService(TicketRepository tickets, Matchmaker matchmaker, MatchEventsPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.matchmaker = matchmaker;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues the player and immediately tries to form a match in the pool; the returned ticket
     * is already MATCHED when this enqueue completed a group.
     */
    public MatchmakingTicket enqueue(PlayerPrincipal player, GameMode mode, Region region) {
        if (player.playerId() == null || player.playerId().isBlank() || player.playerId().length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("PLAYER_ID_INVALID", "The bearer token names no usable player id.");
        }
        if (tickets.hasQueued(player.playerId())) {
            throw alreadyQueued();
        }
        MatchmakingTicket ticket = new MatchmakingTicket("t-" + UUID.randomUUID(), player.playerId(), mode, region,
                player.rating(), TicketStatus.QUEUED, clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
        try {
            tickets.insertQueued(ticket);
        } catch (DuplicateKeyException e) {
            // Another enqueue of the same player won the race for the one queued slot.
            throw alreadyQueued();
        }
        try {
            matchmaker.form(mode, region);
        } catch (RuntimeException e) {
            // The ticket is queued and stays valid; the sweep retries forming within a second.
            log.warn("forming after enqueue failed for {} {}; the sweep will retry", mode, region, e);
        }
        return tickets.findById(ticket.id()).orElseThrow();
    }

    /** QUEUED -> CANCELLED for an own ticket. */
    public MatchmakingTicket dequeue(PlayerPrincipal player, String ticketId) {
        MatchmakingTicket ticket = own(player, ticketId);
        boolean cancelled = matchmaker.underPoolLock(ticket.mode(), ticket.region(), () -> tickets.cancel(ticket.id()));
        if (!cancelled) {
            MatchmakingTicket now = tickets.findById(ticket.id()).orElseThrow();
            throw new ConflictException("TICKET_NOT_QUEUED",
                    "Ticket '" + ticket.id() + "' is " + now.status() + ", not QUEUED: only a queued ticket can be dequeued.");
        }
        MatchmakingTicket cancelledTicket = tickets.findById(ticket.id()).orElseThrow();
        events.ticketCancelled(cancelledTicket);
        return cancelledTicket;
    }

    /** An own ticket; TICKET_NOT_FOUND for an unknown id, FORBIDDEN for another player's. */
    public MatchmakingTicket own(PlayerPrincipal player, String ticketId) {
        if (ticketId == null || ticketId.isBlank() || ticketId.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("TICKET_ID_INVALID",
                    "A ticket id is 1.." + MAX_ID_LENGTH + " characters.");
        }
        MatchmakingTicket ticket = tickets.findById(ticketId).orElseThrow(() -> new NotFoundException(
                "TICKET_NOT_FOUND", "There is no matchmaking ticket '" + ticketId + "'."));
        if (!ticket.playerId().equals(player.playerId())) {
            throw new ForbiddenException("NOT_TICKET_OWNER", "Ticket '" + ticketId + "' belongs to another player.");
        }
        return ticket;
    }

    private static ConflictException alreadyQueued() {
        return new ConflictException("ALREADY_QUEUED",
                "You already have a queued ticket; dequeue it before queueing again.");
    }
}
