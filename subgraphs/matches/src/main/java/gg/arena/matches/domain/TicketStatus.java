package gg.arena.matches.domain;

/** Schema enum {@code TicketStatus}. */
public enum TicketStatus {
    QUEUED, MATCHED, CANCELLED
}
