package gg.arena.tick.client;

import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.server.TickServer;
import gg.arena.tick.server.TickServerConfig;
import gg.arena.tick.sim.MatchListener;
import gg.arena.tick.wire.InputCommand;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients on shared event loops against a real server on 127.0.0.1 (random port). */
class ClientSwarmTest {

    static final TokenKey KEY = TokenKey.fromBase64(TokenKey.DEV_DEFAULT);
    static final ConnectTokens TOKENS = new ConnectTokens(KEY);
    static final TickServerConfig CONFIG = TickServerConfig.defaults().withHost("127.0.0.1").withPort(0);

    @Test
    void clientsOnSharedLoopsConnectPlayAndFinish() throws Exception {
        try (TickServer server = new TickServer(CONFIG, KEY, MatchListener.NONE).start();
             ClientSwarm swarm = new ClientSwarm(2, 30)) {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
            List<CompletableFuture<ClientSwarm.Result>> results = new ArrayList<>();
            for (int m = 0; m < 2; m++) {
                List<String> ids = List.of("a" + m, "b" + m, "c" + m);
                server.openMatch("m-swarm-" + m, ids);
                for (String id : ids) {
                    results.add(swarm.add(address, TOKENS.issue(id, "m-swarm-" + m, System.currentTimeMillis()),
                            0, 0, id.hashCode(), () -> new InputCommand(20, -10, 0, InputCommand.FIRE),
                            Duration.ofSeconds(10), Duration.ofMillis(1500)));
                }
            }
            for (CompletableFuture<ClientSwarm.Result> f : results) {
                ClientSwarm.Result r = f.get(20, TimeUnit.SECONDS);
                assertThat(r.connected()).as(String.valueOf(r.failure())).isTrue();
                assertThat(r.secondsPlayed()).isGreaterThanOrEqualTo(1.4);
                ClientSession s = r.session();
                assertThat(s.snapshotsReceived()).isGreaterThan(20);
                assertThat(s.undecodableSnapshots()).isZero();
                assertThat(s.rejected()).isZero();
                assertThat(s.rttCount()).isPositive();
                assertThat(s.world().players()).hasSize(3);
            }
            assertThat(server.metrics().connectionsAccepted()).isEqualTo(6);
        }
    }

    @Test
    void aClientForAnUnknownMatchIsDeniedAndSaysWhy() throws Exception {
        try (TickServer server = new TickServer(CONFIG, KEY, MatchListener.NONE).start();
             ClientSwarm swarm = new ClientSwarm(1, 30)) {
            ClientSwarm.Result r = swarm.add(new InetSocketAddress("127.0.0.1", server.port()),
                    TOKENS.issue("x", "m-none", System.currentTimeMillis()), 0, 0, 1, () -> InputCommand.IDLE,
                    Duration.ofSeconds(10), Duration.ofSeconds(1)).get(20, TimeUnit.SECONDS);
            assertThat(r.connected()).isFalse();
            assertThat(r.failure()).isEqualTo("denied: UNKNOWN_MATCH");
        }
    }

    @Test
    void underSimulatedLossEachWayTheMatchGoesOnAndEveryArrivedSnapshotDecodes() throws Exception {
        try (TickServer server = new TickServer(CONFIG, KEY, MatchListener.NONE).start();
             ClientSwarm swarm = new ClientSwarm(1, 30)) {
            server.openMatch("m-lossy", List.of("a", "b"));
            List<CompletableFuture<ClientSwarm.Result>> results = new ArrayList<>();
            for (String id : List.of("a", "b")) {
                results.add(swarm.add(new InetSocketAddress("127.0.0.1", server.port()),
                        TOKENS.issue(id, "m-lossy", System.currentTimeMillis()), 0.2, 0.2, id.hashCode(),
                        () -> new InputCommand(0, 50, 100, 0), Duration.ofSeconds(10), Duration.ofSeconds(2)));
            }
            for (CompletableFuture<ClientSwarm.Result> f : results) {
                ClientSwarm.Result r = f.get(20, TimeUnit.SECONDS);
                assertThat(r.connected()).as(String.valueOf(r.failure())).isTrue();
                assertThat(r.session().droppedBySimulatedLoss()).isPositive();
                assertThat(r.session().snapshotsReceived()).isGreaterThan(20);
                assertThat(r.session().undecodableSnapshots()).isZero();
                assertThat(r.session().rttCount()).isPositive();
            }
        }
    }
}
