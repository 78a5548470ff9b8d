package gg.arena.tick.sim;

import gg.arena.tick.auth.PacketAuth;
import gg.arena.tick.wire.DecodeResult;
import gg.arena.tick.wire.Packet.Snapshot;
import gg.arena.tick.wire.PacketCodec;
import gg.arena.tick.wire.PlayerDelta;
import gg.arena.tick.wire.ProjectileDelta;
import gg.arena.tick.wire.Wire;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DeltaCodecTest {

    static final WorldView BASE = new WorldView(10,
            List.of(new PlayerView(0, 100, 200, 100, 0, 3), new PlayerView(1, -50, 60, 66, 2, 3),
                    new PlayerView(2, 0, 0, 100, 0, 2)),
            List.of(new ProjectileView(4, 10, 10, 80, 0, 8, 0), new ProjectileView(7, 20, 20, 0, 80, 9, 1)));

    static final WorldView NEXT = new WorldView(11,
            List.of(new PlayerView(0, 120, 200, 100, 0, 3), new PlayerView(1, -50, 60, 66, 2, 3),
                    new PlayerView(3, 5, 5, 100, 0, 3)),
            List.of(new ProjectileView(7, 20, 20, 0, 80, 9, 1), new ProjectileView(8, 0, 0, 10, 10, 11, 3)));

    static Snapshot snapshot(int baseline, WorldView base, WorldView current) {
        return new Snapshot(0, 2, baseline, current.tick(), 0, 0, DeltaCodec.players(base, current),
                DeltaCodec.projectiles(base, current));
    }

    @Test
    void deltaCarriesOnlyChanges() {
        Snapshot s = snapshot(1, BASE, NEXT);
        assertThat(s.players()).containsExactly(
                new PlayerDelta(0, PlayerDelta.X, 120, 200, 100, 0, 3),
                new PlayerDelta(2, PlayerDelta.REMOVED, 0, 0, 0, 0, 0),
                new PlayerDelta(3, PlayerDelta.ALL, 5, 5, 100, 0, 3));
        assertThat(s.projectiles()).containsExactly(
                ProjectileDelta.removed(4),
                new ProjectileDelta(8, ProjectileDelta.SPAWN, 0, 0, 10, 10, 0, 3)); // 7 flies on: not sent
        assertThat(DeltaCodec.apply(BASE, s)).isEqualTo(NEXT);
    }

    @Test
    void fullSnapshotWithoutBaseline() {
        Snapshot s = snapshot(-1, null, NEXT);
        assertThat(s.players()).allMatch(d -> d.mask() == PlayerDelta.ALL);
        assertThat(DeltaCodec.apply(null, s)).isEqualTo(NEXT);
    }

    @Test
    void aDeltaAgainstTheWrongBaselineIsRefused() {
        Snapshot s = snapshot(1, BASE, NEXT);
        assertThat(DeltaCodec.apply(WorldView.EMPTY, s)).isNull();
        assertThat(DeltaCodec.apply(null, s)).isNull();
    }

    @Test
    void randomWorldsSurviveDeltaAndWireRoundTrips() {
        Random random = new Random(42);
        PacketAuth auth = new PacketAuth(new byte[32]);
        WorldView previous = null;
        for (int round = 0; round < 500; round++) {
            WorldView current = randomWorld(random, 1000 + round);
            Snapshot s = snapshot(previous == null ? -1 : 1, previous, current);
            ByteBuffer buf = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
            PacketCodec.encode(s, auth, buf);
            buf.flip();
            Snapshot decoded = (Snapshot) ((DecodeResult.Decoded) PacketCodec.decode(buf)).packet();
            assertThat(DeltaCodec.apply(previous, decoded)).isEqualTo(current);
            previous = random.nextInt(4) == 0 ? null : current;
        }
    }

    @Test
    void theLargestPossibleSnapshotFitsInOneDatagram() {
        List<PlayerView> players = new ArrayList<>();
        for (int slot = 0; slot < Wire.MAX_PLAYERS; slot++) {
            players.add(new PlayerView(slot, slot, slot, 100, 1, 3));
        }
        List<ProjectileView> before = new ArrayList<>();
        List<ProjectileView> after = new ArrayList<>();
        for (int i = 0; i < Wire.MAX_PROJECTILES; i++) {
            before.add(new ProjectileView(i, 1, 1, 5, 5, 0, 0));
            after.add(new ProjectileView(1000 + i, 2, 2, 6, 6, 2, 1));
        }
        WorldView base = new WorldView(1, List.of(), before);
        WorldView current = new WorldView(2, players, after);
        Snapshot s = snapshot(1, base, current);
        assertThat(s.projectiles()).hasSize(Wire.MAX_PROJECTILE_ENTRIES);
        assertThat(PacketCodec.encodedSize(s)).isEqualTo(971).isLessThanOrEqualTo(Wire.MAX_PACKET_BYTES);
        ByteBuffer buf = ByteBuffer.allocate(Wire.MAX_PACKET_BYTES);
        PacketCodec.encode(s, new PacketAuth(new byte[32]), buf);
        Snapshot decoded = (Snapshot) ((DecodeResult.Decoded) PacketCodec.decode(buf.flip())).packet();
        assertThat(DeltaCodec.apply(base, decoded)).isEqualTo(current);
    }

    static WorldView randomWorld(Random r, long tick) {
        List<PlayerView> players = new ArrayList<>();
        for (int slot = 0; slot < Wire.MAX_PLAYERS; slot++) {
            if (r.nextInt(5) > 0) {
                players.add(new PlayerView(slot, r.nextInt(6001) - 3000, r.nextInt(6001) - 3000,
                        r.nextInt(101), r.nextInt(3), r.nextInt(4)));
            }
        }
        List<ProjectileView> projectiles = new ArrayList<>();
        int id = r.nextInt(100);
        for (int k = r.nextInt(Wire.MAX_PROJECTILES + 1); k > 0; k--) {
            id += 1 + r.nextInt(3);
            projectiles.add(new ProjectileView(id, r.nextInt(6001) - 3000, r.nextInt(6001) - 3000,
                    r.nextInt(401) - 200, r.nextInt(401) - 200, tick - r.nextInt(256), r.nextInt(16)));
        }
        return new WorldView(tick, players, projectiles);
    }
}
