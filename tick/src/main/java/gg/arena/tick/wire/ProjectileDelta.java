package gg.arena.tick.wire;

/** A projectile entry of a snapshot; same masking rules as {@link PlayerDelta}. */
public record ProjectileDelta(int id, int mask, int x, int y, int owner) {

    public static final int X = 0x01;
    public static final int Y = 0x02;
    public static final int OWNER = 0x04;
    public static final int ALL = X | Y | OWNER;
    public static final int REMOVED = 0x80;

    public boolean has(int field) {
        return (mask & field) != 0;
    }
}
