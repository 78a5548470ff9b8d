package gg.arena.tick.wire;

/**
 * A projectile entry of a snapshot. Projectiles fly in a straight line at a constant velocity, so a
 * projectile is sent once, when it first appears ({@link #SPAWN}: where it started, its velocity per tick,
 * its age in ticks at this snapshot, its owner), and once more when it is gone ({@link #REMOVED}); in
 * between the receiver computes its position, and deltas leave it out.
 */
public record ProjectileDelta(int id, int mask, int x, int y, int vx, int vy, int age, int owner) {

    public static final int SPAWN = 0x01;
    public static final int REMOVED = 0x80;

    public static ProjectileDelta removed(int id) {
        return new ProjectileDelta(id, REMOVED, 0, 0, 0, 0, 0, 0);
    }

    public boolean removed() {
        return mask == REMOVED;
    }
}
