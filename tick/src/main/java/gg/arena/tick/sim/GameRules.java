package gg.arena.tick.sim;

import java.time.Duration;

/**
 * The rules of the arena game, all enforced by the server whatever clients send.
 *
 * @param tickRate          simulation and snapshot rate in Hz (10..128)
 * @param maxSpeed          player speed at full stick, cm/s; a longer stick vector is clamped to it
 * @param arenaHalfSize     the arena is the square [-half, half]² in cm
 * @param projectileSpeed   cm/s
 * @param projectileLife    how long a projectile flies before it vanishes
 * @param fireCooldown      shortest time between two shots of one player
 * @param damage            health taken by a hit (players have 100)
 * @param hitRadius         a projectile this close to a player's centre hits, cm
 * @param respawnDelay      time dead before coming back with full health
 * @param duration          length of a match
 */
public record GameRules(int tickRate, int maxSpeed, int arenaHalfSize, int projectileSpeed,
                        Duration projectileLife, Duration fireCooldown, int damage, int hitRadius,
                        Duration respawnDelay, Duration duration) {

    public static final int MAX_HEALTH = 100;

    public GameRules {
        if (tickRate < 10 || tickRate > 128) {
            throw new IllegalArgumentException("tick rate must be 10..128 Hz, got " + tickRate);
        }
        if (arenaHalfSize <= 0 || arenaHalfSize > 30_000) {
            throw new IllegalArgumentException("arena half size must fit a 16-bit position");
        }
        if (maxSpeed <= 0 || projectileSpeed <= 0 || damage <= 0 || hitRadius <= 0) {
            throw new IllegalArgumentException("speeds, damage and hit radius must be positive");
        }
        if (projectileLife.toNanos() * tickRate / 1_000_000_000L > 255) {
            throw new IllegalArgumentException("a projectile may live at most 255 ticks (its age is one byte)");
        }
        if (projectileSpeed / tickRate > Short.MAX_VALUE) {
            throw new IllegalArgumentException("projectile speed per tick must fit 16 bits");
        }
    }

    public static GameRules defaults() {
        return new GameRules(30, 600, 3000, 2400, Duration.ofSeconds(1), Duration.ofMillis(300), 34, 60,
                Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    public GameRules withTickRate(int hz) {
        return new GameRules(hz, maxSpeed, arenaHalfSize, projectileSpeed, projectileLife, fireCooldown, damage,
                hitRadius, respawnDelay, duration);
    }

    public GameRules withDuration(Duration d) {
        return new GameRules(tickRate, maxSpeed, arenaHalfSize, projectileSpeed, projectileLife, fireCooldown,
                damage, hitRadius, respawnDelay, d);
    }

    /** Whole ticks in a duration, at least 1. */
    public int ticks(Duration d) {
        return (int) Math.max(1, Math.ceil(d.toNanos() * tickRate / 1e9));
    }

    public long tickNanos() {
        return 1_000_000_000L / tickRate;
    }
}
