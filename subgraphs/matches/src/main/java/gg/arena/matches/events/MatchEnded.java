package gg.arena.matches.events;

import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.Participant;
import java.util.List;

/** A match that ended, with the final lines of its players and its place in the outbox of ended matches. */
public record MatchEnded(Match match, List<Participant> participants, long endSequence) {}
