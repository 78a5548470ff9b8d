package gg.arena.matches.domain;

/** Schema type {@code PlayerStats}: totals over a player's finished matches. */
public record PlayerStats(int matchesPlayed, int wins, int losses, int kills, int deaths) {

    public static final PlayerStats NONE = new PlayerStats(0, 0, 0, 0, 0);

    /** wins / matchesPlayed, 0 when no match was played. */
    public double winRate() {
        return matchesPlayed == 0 ? 0.0 : (double) wins / matchesPlayed;
    }
}
