package gg.arena.clients.bot;

import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.server.TickServer;
import gg.arena.tick.server.TickServerConfig;
import gg.arena.tick.sim.MatchListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot end to end: GraphQL (a stand-in over real HTTP), then real UDP against an in-process tick server. */
class BotTest {

    static final TokenKey KEY = TokenKey.fromBase64(TokenKey.DEV_DEFAULT);
    static TickServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = new TickServer(TickServerConfig.defaults().withHost("127.0.0.1").withPort(0), KEY,
                MatchListener.NONE).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static BotOptions options(FakeControlPlane plane, String... more) {
        String[] base = {"--graphql", plane.url().toString(), "--duration", "2", "--players", "2"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return BotOptions.parse(all);
    }

    @Test
    void playsMatchesAndReportsJson() throws Exception {
        try (FakeControlPlane plane = new FakeControlPlane(server, new ConnectTokens(KEY), 2)) {
            ObjectNode summary = new Bot(options(plane, "--matches", "2"), HttpClient.newHttpClient()).run();
            assertThat(summary.path("failures").isEmpty()).as(summary.toString()).isTrue();
            assertThat(summary.path("connected").asInt()).isEqualTo(4);
            assertThat(plane.matchesFormed()).isEqualTo(2);
            assertThat(summary.path("snapshotsReceived").asLong()).isGreaterThan(4 * 20);
            assertThat(summary.path("snapshotsUndecodable").asLong()).isZero();
            assertThat(summary.path("inputAckRttMillis").path("samples").asInt()).isPositive();
            assertThat(summary.path("inputAckRttMillis").path("p99").asDouble())
                    .isGreaterThanOrEqualTo(summary.path("inputAckRttMillis").path("p50").asDouble());
            assertThat(summary.path("downstreamBytesPerPlayerPerSecond").asLong()).isPositive();
            assertThat(summary.path("upstreamBytesPerPlayerPerSecond").asLong()).isPositive();
        }
    }

    @Test
    void keepsPlayingUnderSimulatedLoss() throws Exception {
        try (FakeControlPlane plane = new FakeControlPlane(server, new ConnectTokens(KEY), 2)) {
            ObjectNode summary = new Bot(options(plane, "--loss", "0.2", "--first-player", "101"),
                    HttpClient.newHttpClient()).run();
            assertThat(summary.path("connected").asInt()).as(summary.toString()).isEqualTo(2);
            assertThat(summary.path("snapshotsMissed").asLong()).isPositive();
            assertThat(summary.path("snapshotsUndecodable").asLong()).isZero();
        }
    }

    @Test
    void randomAndMutatedDatagramsDoNotStopTheBotsMatch() throws Exception {
        AtomicBoolean fuzzing = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        long droppedBefore = server.metrics().droppedTotal();
        InetSocketAddress target = new InetSocketAddress("127.0.0.1", server.port());
        Thread fuzzer = Thread.ofPlatform().start(() -> {
            Random random = new Random(66);
            try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
                byte[] template = new byte[512];
                template[0] = 1;
                template[2] = 1;
                while (fuzzing.get()) {
                    byte[] b;
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            b = new byte[random.nextInt(1400)];
                            random.nextBytes(b);
                        }
                        case 1 -> { // a well-sized connection request with a mutated token
                            b = template.clone();
                            for (int i = 3; i < 200; i++) {
                                b[i] = (byte) random.nextInt(256);
                            }
                        }
                        default -> { // authenticated-looking packet types with garbage bodies and tags
                            b = new byte[25 + random.nextInt(100)];
                            random.nextBytes(b);
                            b[0] = (byte) (2 + random.nextInt(8));
                        }
                    }
                    socket.send(new DatagramPacket(b, b.length, target));
                    sent.incrementAndGet();
                    Thread.sleep(0, 300_000);
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (FakeControlPlane plane = new FakeControlPlane(server, new ConnectTokens(KEY), 2)) {
            ObjectNode summary = new Bot(options(plane, "--first-player", "201"), HttpClient.newHttpClient()).run();
            assertThat(summary.path("connected").asInt()).as(summary.toString()).isEqualTo(2);
            assertThat(summary.path("snapshotsReceived").asLong()).isGreaterThan(2 * 20);
            assertThat(summary.path("failures").isEmpty()).isTrue();
        } finally {
            fuzzing.set(false);
            fuzzer.join();
        }
        assertThat(sent.get()).isPositive();
        assertThat(server.metrics().droppedTotal()).isGreaterThan(droppedBefore);
    }
}
