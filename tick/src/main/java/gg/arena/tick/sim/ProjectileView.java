package gg.arena.tick.sim;

/**
 * A projectile as snapshots show it: where and when it was fired and its velocity per tick, which never
 * change; its position at any tick follows from them, on the server and on every client alike.
 */
public record ProjectileView(int id, int x, int y, int vx, int vy, long spawnTick, int owner) {

    public int xAt(long tick) {
        return (int) (x + vx * (tick - spawnTick));
    }

    public int yAt(long tick) {
        return (int) (y + vy * (tick - spawnTick));
    }
}
