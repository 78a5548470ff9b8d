package gg.arena.matches.live;

import gg.arena.matches.domain.TicketStatus;

/** A ticket left the queue: MATCHED (with match and team) or CANCELLED. Topic {@code matches.found.<ticketId>}. */
public record TicketUpdate(String ticketId, String playerId, TicketStatus status, String matchId, Integer team) {}
