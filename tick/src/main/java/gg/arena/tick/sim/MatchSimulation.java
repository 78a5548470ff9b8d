package gg.arena.tick.sim;

import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The authoritative simulation of one match: movement with a max speed, projectiles with a fire cooldown,
 * hits, deaths, respawns and score. Clients only send inputs; everything here is decided by the server.
 * Deterministic for a given seed and input sequence. Not thread-safe: stepped by the match's event loop.
 */
public final class MatchSimulation {

    private final String matchId;
    private final GameRules rules;
    private final MatchListener listener;
    private final List<String> playerIds;
    private final Player[] players;
    private final List<Projectile> projectiles = new ArrayList<>();
    private final SplittableRandom random;
    private final int cooldownTicks;
    private final int respawnTicks;
    private final int projectileTicks;
    private final int endTick;
    private long tick;
    private int nextProjectileId;
    private boolean ended;
    private WorldView view = WorldView.EMPTY;

    private static final class Player {
        final int slot;
        final InputBuffer inputs = new InputBuffer();
        double x;
        double y;
        int health = GameRules.MAX_HEALTH;
        int score;
        boolean connected;
        long readyToFireAt;
        long respawnAt = -1;

        Player(int slot) {
            this.slot = slot;
        }

        boolean alive() {
            return respawnAt < 0;
        }
    }

    /** Integer start, velocity and spawn tick: exactly what clients receive and extrapolate from. */
    private record Projectile(ProjectileView view, long expiresAt) {
    }

    public MatchSimulation(String matchId, List<String> playerIds, GameRules rules, long seed, MatchListener listener) {
        if (playerIds.isEmpty() || playerIds.size() > Wire.MAX_PLAYERS) {
            throw new IllegalArgumentException("1.." + Wire.MAX_PLAYERS + " players");
        }
        this.matchId = matchId;
        this.rules = rules;
        this.listener = listener;
        this.playerIds = List.copyOf(playerIds);
        this.random = new SplittableRandom(seed);
        this.players = new Player[playerIds.size()];
        for (int i = 0; i < players.length; i++) {
            players[i] = new Player(i);
            spawn(players[i]);
        }
        this.cooldownTicks = rules.ticks(rules.fireCooldown());
        this.respawnTicks = rules.ticks(rules.respawnDelay());
        this.projectileTicks = rules.ticks(rules.projectileLife());
        this.endTick = rules.ticks(rules.duration());
        this.view = buildView();
    }

    public String matchId() {
        return matchId;
    }

    public GameRules rules() {
        return rules;
    }

    public long tick() {
        return tick;
    }

    public boolean ended() {
        return ended;
    }

    /** The slot of a player of this match, or -1. */
    public int slotOf(String playerId) {
        return playerIds.indexOf(playerId);
    }

    public List<String> playerIds() {
        return playerIds;
    }

    /** Puts a living player at a position (scenarios and tests). */
    public void place(int slot, int x, int y) {
        players[slot].x = clamp(x);
        players[slot].y = clamp(y);
        view = buildView();
    }

    public void setConnected(int slot, boolean connected) {
        players[slot].connected = connected;
    }

    public void offerInput(int slot, long inputTick, InputCommand input) {
        players[slot].inputs.offer(inputTick, input);
    }

    public long newestInputTick(int slot) {
        return players[slot].inputs.newestTick();
    }

    /** The world after the last step. */
    public WorldView view() {
        return view;
    }

    /** Advances the world by one tick. */
    public void step() {
        if (ended) {
            return;
        }
        tick++;
        double maxStep = (double) rules.maxSpeed() / rules.tickRate();
        for (Player p : players) {
            InputCommand in = p.inputs.take();
            if (!p.alive()) {
                if (tick >= p.respawnAt) {
                    p.respawnAt = -1;
                    p.health = GameRules.MAX_HEALTH;
                    spawn(p);
                }
                continue;
            }
            double mx = in.moveX();
            double my = in.moveY();
            double len = Math.hypot(mx, my);
            if (len > 0) {
                // The stick is a direction and a share of the max speed, never more than the max speed.
                double scale = maxStep * Math.min(len, 127) / 127 / len;
                p.x = clamp(p.x + mx * scale);
                p.y = clamp(p.y + my * scale);
            }
            if (in.fire() && tick >= p.readyToFireAt && projectiles.size() < Wire.MAX_PROJECTILES) {
                p.readyToFireAt = tick + cooldownTicks;
                double angle = in.aim() * (2 * Math.PI / 65536);
                double v = (double) rules.projectileSpeed() / rules.tickRate();
                projectiles.add(new Projectile(new ProjectileView(nextProjectileId, (int) Math.round(p.x),
                        (int) Math.round(p.y), (int) Math.round(Math.cos(angle) * v),
                        (int) Math.round(Math.sin(angle) * v), tick, p.slot), tick + projectileTicks));
                nextProjectileId = (nextProjectileId + 1) & 0xFFFF;
            }
        }
        moveProjectiles();
        if (tick >= endTick) {
            ended = true;
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (Player p : players) {
                scores.put(playerIds.get(p.slot), p.score);
            }
            listener.ended(matchId, scores);
        }
        view = buildView();
    }

    private void moveProjectiles() {
        double r2 = (double) rules.hitRadius() * rules.hitRadius();
        int half = rules.arenaHalfSize();
        projectiles.removeIf(pr -> {
            ProjectileView v = pr.view();
            int x = v.xAt(tick);
            int y = v.yAt(tick);
            if (tick >= pr.expiresAt() || Math.abs(x) > half || Math.abs(y) > half) {
                return true;
            }
            for (Player p : players) {
                if (p.slot == v.owner() || !p.alive()) {
                    continue;
                }
                double dx = p.x - x;
                double dy = p.y - y;
                if (dx * dx + dy * dy <= r2) {
                    hit(players[v.owner()], p);
                    return true;
                }
            }
            return false;
        });
    }

    private void hit(Player shooter, Player target) {
        target.health -= rules.damage();
        if (target.health <= 0) {
            target.health = 0;
            target.respawnAt = tick + respawnTicks;
            shooter.score++;
            listener.kill(matchId, tick, playerIds.get(shooter.slot), playerIds.get(target.slot));
        }
    }

    private void spawn(Player p) {
        double half = rules.arenaHalfSize() * 0.8;
        p.x = random.nextDouble(-half, half);
        p.y = random.nextDouble(-half, half);
    }

    private double clamp(double v) {
        int half = rules.arenaHalfSize();
        return Math.max(-half, Math.min(half, v));
    }

    private WorldView buildView() {
        List<PlayerView> ps = new ArrayList<>(players.length);
        for (Player p : players) {
            int flags = (p.alive() ? PlayerView.ALIVE : 0) | (p.connected ? PlayerView.CONNECTED : 0);
            ps.add(new PlayerView(p.slot, (int) Math.round(p.x), (int) Math.round(p.y), p.health,
                    Math.min(p.score, 0xFFFF), flags));
        }
        List<ProjectileView> prs = new ArrayList<>(projectiles.size());
        for (Projectile pr : projectiles) {
            prs.add(pr.view());
        }
        prs.sort(java.util.Comparator.comparingInt(ProjectileView::id));
        return new WorldView(tick, ps, prs);
    }
}
