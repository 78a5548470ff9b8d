package gg.arena.tick.sim;

/** A projectile as snapshots show it. */
public record ProjectileView(int id, int x, int y, int owner) {
}
