package gg.arena.tick.sim;

import gg.arena.tick.wire.Packet.Snapshot;
import gg.arena.tick.wire.PlayerDelta;
import gg.arena.tick.wire.ProjectileDelta;
import gg.arena.tick.wire.Wire;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Delta encoding of world views: against a baseline the receiver has, only what changed is sent; without
 * one, everything. Both lists are merged in slot / id order.
 */
public final class DeltaCodec {

    private DeltaCodec() {
    }

    public static List<PlayerDelta> players(WorldView baseline, WorldView current) {
        List<PlayerView> base = baseline == null ? List.of() : baseline.players();
        List<PlayerView> cur = current.players();
        List<PlayerDelta> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < base.size() || j < cur.size()) {
            PlayerView b = i < base.size() ? base.get(i) : null;
            PlayerView c = j < cur.size() ? cur.get(j) : null;
            if (c == null || (b != null && b.slot() < c.slot())) {
                out.add(new PlayerDelta(b.slot(), PlayerDelta.REMOVED, 0, 0, 0, 0, 0));
                i++;
            } else if (b == null || c.slot() < b.slot()) {
                out.add(new PlayerDelta(c.slot(), PlayerDelta.ALL, c.x(), c.y(), c.health(), c.score(), c.flags()));
                j++;
            } else {
                int mask = (b.x() != c.x() ? PlayerDelta.X : 0) | (b.y() != c.y() ? PlayerDelta.Y : 0)
                        | (b.health() != c.health() ? PlayerDelta.HEALTH : 0)
                        | (b.score() != c.score() ? PlayerDelta.SCORE : 0)
                        | (b.flags() != c.flags() ? PlayerDelta.FLAGS : 0);
                if (mask != 0) {
                    out.add(new PlayerDelta(c.slot(), mask, c.x(), c.y(), c.health(), c.score(), c.flags()));
                }
                i++;
                j++;
            }
        }
        return out;
    }

    /** New projectiles with their launch data, vanished ones as removed; flying ones are left out. */
    public static List<ProjectileDelta> projectiles(WorldView baseline, WorldView current) {
        List<ProjectileView> base = baseline == null ? List.of() : baseline.projectiles();
        List<ProjectileView> cur = current.projectiles();
        List<ProjectileDelta> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < base.size() || j < cur.size()) {
            ProjectileView b = i < base.size() ? base.get(i) : null;
            ProjectileView c = j < cur.size() ? cur.get(j) : null;
            if (c == null || (b != null && b.id() < c.id())) {
                out.add(ProjectileDelta.removed(b.id()));
                i++;
            } else if (b == null || c.id() < b.id() || !b.equals(c)) {
                out.add(spawn(c, current.tick()));
                j++;
                if (b != null && b.id() == c.id()) {
                    i++;
                }
            } else {
                i++;
                j++;
            }
        }
        return out;
    }

    private static ProjectileDelta spawn(ProjectileView p, long tick) {
        return new ProjectileDelta(p.id(), ProjectileDelta.SPAWN, p.x(), p.y(), p.vx(), p.vy(),
                (int) (tick - p.spawnTick()), p.owner());
    }

    /**
     * Writes the player entries of {@link #players} (count byte first) straight into {@code out}, byte for
     * byte as {@code PacketCodec} writes them, without building the entries: the server does this for every
     * client every tick, so it allocates nothing.
     */
    public static void writePlayers(WorldView baseline, WorldView current, ByteBuffer out) {
        List<PlayerView> base = baseline == null ? List.of() : baseline.players();
        List<PlayerView> cur = current.players();
        int countAt = out.position();
        out.put((byte) 0);
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < base.size() || j < cur.size()) {
            PlayerView b = i < base.size() ? base.get(i) : null;
            PlayerView c = j < cur.size() ? cur.get(j) : null;
            if (c == null || (b != null && b.slot() < c.slot())) {
                out.put((byte) b.slot());
                out.put((byte) PlayerDelta.REMOVED);
                count++;
                i++;
            } else if (b == null || c.slot() < b.slot()) {
                writePlayer(c, PlayerDelta.ALL, out);
                count++;
                j++;
            } else {
                int mask = (b.x() != c.x() ? PlayerDelta.X : 0) | (b.y() != c.y() ? PlayerDelta.Y : 0)
                        | (b.health() != c.health() ? PlayerDelta.HEALTH : 0)
                        | (b.score() != c.score() ? PlayerDelta.SCORE : 0)
                        | (b.flags() != c.flags() ? PlayerDelta.FLAGS : 0);
                if (mask != 0) {
                    writePlayer(c, mask, out);
                    count++;
                }
                i++;
                j++;
            }
        }
        if (count > Wire.MAX_PLAYERS) {
            throw new IllegalArgumentException("too many player entries: " + count);
        }
        out.put(countAt, (byte) count);
    }

    private static void writePlayer(PlayerView c, int mask, ByteBuffer out) {
        out.put((byte) c.slot());
        out.put((byte) mask);
        if ((mask & PlayerDelta.X) != 0) {
            out.putShort((short) c.x());
        }
        if ((mask & PlayerDelta.Y) != 0) {
            out.putShort((short) c.y());
        }
        if ((mask & PlayerDelta.HEALTH) != 0) {
            out.put((byte) c.health());
        }
        if ((mask & PlayerDelta.SCORE) != 0) {
            out.putShort((short) c.score());
        }
        if ((mask & PlayerDelta.FLAGS) != 0) {
            out.put((byte) c.flags());
        }
    }

    /** Writes the projectile entries of {@link #projectiles} (count byte first) as {@link #writePlayers} does. */
    public static void writeProjectiles(WorldView baseline, WorldView current, ByteBuffer out) {
        List<ProjectileView> base = baseline == null ? List.of() : baseline.projectiles();
        List<ProjectileView> cur = current.projectiles();
        int countAt = out.position();
        out.put((byte) 0);
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < base.size() || j < cur.size()) {
            ProjectileView b = i < base.size() ? base.get(i) : null;
            ProjectileView c = j < cur.size() ? cur.get(j) : null;
            if (c == null || (b != null && b.id() < c.id())) {
                out.putShort((short) b.id());
                out.put((byte) ProjectileDelta.REMOVED);
                count++;
                i++;
            } else if (b == null || c.id() < b.id() || !b.equals(c)) {
                long age = current.tick() - c.spawnTick();
                if (age < 0 || age > 255) {
                    throw new IllegalArgumentException("projectile entry must be SPAWN (age 0..255) or REMOVED");
                }
                out.putShort((short) c.id());
                out.put((byte) ProjectileDelta.SPAWN);
                out.putShort((short) c.x());
                out.putShort((short) c.y());
                out.putShort((short) c.vx());
                out.putShort((short) c.vy());
                out.put((byte) age);
                out.put((byte) c.owner());
                count++;
                j++;
                if (b != null && b.id() == c.id()) {
                    i++;
                }
            } else {
                i++;
                j++;
            }
        }
        if (count > Wire.MAX_PROJECTILE_ENTRIES) {
            throw new IllegalArgumentException("too many projectile entries: " + count);
        }
        out.put(countAt, (byte) count);
    }

    /**
     * The world a snapshot describes, given its baseline (null for a full snapshot). Null when the snapshot
     * does not fit the baseline (a partial entry for an entity the baseline lacks, a removal of one it
     * lacks): the receiver drops it and does not acknowledge it.
     */
    public static WorldView apply(WorldView baseline, Snapshot s) {
        if (s.full() != (baseline == null)) {
            return null;
        }
        List<PlayerView> base = baseline == null ? List.of() : baseline.players();
        List<PlayerView> players = new ArrayList<>(base.size() + s.players().size());
        int i = 0;
        for (PlayerDelta d : s.players()) {
            while (i < base.size() && base.get(i).slot() < d.slot()) {
                players.add(base.get(i++));
            }
            PlayerView b = i < base.size() && base.get(i).slot() == d.slot() ? base.get(i++) : null;
            if (d.mask() == PlayerDelta.REMOVED) {
                if (b == null) {
                    return null;
                }
                continue;
            }
            if (b == null && d.mask() != PlayerDelta.ALL) {
                return null;
            }
            players.add(new PlayerView(d.slot(),
                    d.has(PlayerDelta.X) ? d.x() : b.x(), d.has(PlayerDelta.Y) ? d.y() : b.y(),
                    d.has(PlayerDelta.HEALTH) ? d.health() : b.health(),
                    d.has(PlayerDelta.SCORE) ? d.score() : b.score(),
                    d.has(PlayerDelta.FLAGS) ? d.flags() : b.flags()));
        }
        while (i < base.size()) {
            players.add(base.get(i++));
        }
        List<ProjectileView> pbase = baseline == null ? List.of() : baseline.projectiles();
        List<ProjectileView> projectiles = new ArrayList<>(pbase.size() + s.projectiles().size());
        i = 0;
        for (ProjectileDelta d : s.projectiles()) {
            while (i < pbase.size() && pbase.get(i).id() < d.id()) {
                projectiles.add(pbase.get(i++));
            }
            ProjectileView b = i < pbase.size() && pbase.get(i).id() == d.id() ? pbase.get(i++) : null;
            if (d.removed()) {
                if (b == null) {
                    return null;
                }
                continue;
            }
            projectiles.add(new ProjectileView(d.id(), d.x(), d.y(), d.vx(), d.vy(), s.serverTick() - d.age(),
                    d.owner()));
        }
        while (i < pbase.size()) {
            projectiles.add(pbase.get(i++));
        }
        if (!sorted(players, projectiles)) {
            return null;
        }
        return new WorldView(s.serverTick(), players, projectiles);
    }

    private static boolean sorted(List<PlayerView> players, List<ProjectileView> projectiles) {
        for (int k = 1; k < players.size(); k++) {
            if (players.get(k - 1).slot() >= players.get(k).slot()) {
                return false;
            }
        }
        for (int k = 1; k < projectiles.size(); k++) {
            if (projectiles.get(k - 1).id() >= projectiles.get(k).id()) {
                return false;
            }
        }
        return true;
    }
}
