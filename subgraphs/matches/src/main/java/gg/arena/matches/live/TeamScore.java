package gg.arena.matches.live;

/** TeamScore: a team's total score. */
public record TeamScore(int team, int score) {}
