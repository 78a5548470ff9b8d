package gg.arena.matches.events;

import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Participant;
import java.util.List;

/** A match formed by the matchmaker, with its players and teams, and the tickets it matched. */
public record MatchFormed(Match match, List<Participant> participants, List<MatchmakingTicket> tickets) {}
