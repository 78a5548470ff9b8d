package gg.arena.matches.domain;

/** Schema enum {@code MatchStatus}. */
public enum MatchStatus {
    LIVE, FINISHED, ABANDONED
}
