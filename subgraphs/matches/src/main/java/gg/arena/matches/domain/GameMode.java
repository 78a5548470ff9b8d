package gg.arena.matches.domain;

/** Schema enum {@code GameMode}: how many players a match of this mode needs and how they are split into teams. */
public enum GameMode {
    DUEL(2, 2),
    TEAM_DEATHMATCH(10, 2),
    FREE_FOR_ALL(10, 10);

    private final int players;
    private final int teams;

    GameMode(int players, int teams) {
        this.players = players;
        this.teams = teams;
    }

    /** Players in one match. */
    public int players() {
        return players;
    }

    /** Teams in one match (FREE_FOR_ALL: one per player). */
    public int teams() {
        return teams;
    }
}
