package gg.arena.tick.sim;

import java.util.List;

/**
 * An immutable picture of the world at one tick: what a snapshot carries. Players ordered by slot,
 * projectiles by id. Shared by every connection's snapshot history, never copied.
 */
public record WorldView(long tick, List<PlayerView> players, List<ProjectileView> projectiles) {

    public static final WorldView EMPTY = new WorldView(0, List.of(), List.of());

    public WorldView {
        players = List.copyOf(players);
        projectiles = List.copyOf(projectiles);
    }
}
