package gg.arena.matches.domain;

/** A stored match result with its place in the outbox of ended matches ({@code EndedMatch}, services only). */
public record EndedMatch(long sequence, Match match) {}
