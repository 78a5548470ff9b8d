package gg.arena.tick.wire;

/**
 * A player entry of a snapshot. {@code mask} says which fields are present (the others are taken from the
 * baseline); {@link #REMOVED} means the player left since the baseline.
 */
public record PlayerDelta(int slot, int mask, int x, int y, int health, int score, int flags) {

    public static final int X = 0x01;
    public static final int Y = 0x02;
    public static final int HEALTH = 0x04;
    public static final int SCORE = 0x08;
    public static final int FLAGS = 0x10;
    public static final int ALL = X | Y | HEALTH | SCORE | FLAGS;
    public static final int REMOVED = 0x80;

    public boolean has(int field) {
        return (mask & field) != 0;
    }
}
