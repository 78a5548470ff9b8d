package gg.arena.matches.live;

import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.Participant;
import java.time.Instant;
import java.util.List;

/** MatchEndEvent: the final lines of a match; the last event of its stream. */
public record MatchEndEvent(String matchId, long sequence, Instant at, Integer winningTeam,
        List<Participant> participants) implements LiveEvent {

    /**
     * The end of a stored match. Its sequence follows from the lines: the stream had one kill and
     * one score event per kill, so the end is number {@code 2 * kills + 1}, whether it is published
     * live or read back for a subscriber who comes late.
     */
    public static MatchEndEvent of(Match match, List<Participant> participants, Instant fallbackAt) {
        long kills = participants.stream().mapToLong(Participant::kills).sum();
        return new MatchEndEvent(match.id(), 2 * kills + 1, match.endedAt() == null ? fallbackAt : match.endedAt(),
                match.winningTeam(), List.copyOf(participants));
    }
}
