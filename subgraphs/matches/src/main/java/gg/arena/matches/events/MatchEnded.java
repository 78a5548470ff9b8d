package gg.arena.matches.events;

import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.Participant;
import java.util.List;

/** A match that ended, with the final lines of its players. */
public record MatchEnded(Match match, List<Participant> participants) {}
