package gg.arena.tick.server;

import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.client.ClientHandshake;
import gg.arena.tick.client.TickClient;
import gg.arena.tick.sim.MatchListener;
import gg.arena.tick.sim.PlayerView;
import gg.arena.tick.wire.InputCommand;
import gg.arena.tick.wire.Packet;
import gg.arena.tick.wire.RejectReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The server over real UDP on 127.0.0.1 with a random port. */
class TickServerTest {

    static final TokenKey KEY = TokenKey.fromBase64(TokenKey.DEV_DEFAULT);
    static final ConnectTokens TOKENS = new ConnectTokens(KEY);
    static final Map<String, Map<String, Integer>> ENDED = new ConcurrentHashMap<>();

    static TickServer server;
    static InetSocketAddress address;

    @BeforeAll
    static void start() throws InterruptedException {
        TickServerConfig config = TickServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withIdleTimeout(Duration.ofSeconds(2)).withMatchDuration(Duration.ofMinutes(5));
        server = new TickServer(config, KEY, new MatchListener() {
            @Override
            public void ended(String matchId, Map<String, Integer> scores) {
                ENDED.put(matchId, scores);
            }
        }).start();
        address = new InetSocketAddress("127.0.0.1", server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static TickClient client(String player, String match) {
        return new TickClient(address, TOKENS.issue(player, match, System.currentTimeMillis()));
    }

    static void await(BooleanSupplier condition, TickClient pump) throws IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            if (pump != null) {
                pump.sendInput(InputCommand.IDLE);
                pump.receive(Duration.ofMillis(30));
            } else {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void bindsWithEpollAndSeveralSocketsWhereAvailable() {
        assertThat(server.port()).isPositive();
        if (server.epoll()) {
            assertThat(server.sockets()).isEqualTo(server.config().sockets());
        } else {
            assertThat(server.sockets()).isEqualTo(1);
        }
    }

    @Test
    void aClientConnectsPlaysAndReceivesDeltaSnapshots() throws IOException {
        server.openMatch("m-play", List.of("p-1", "p-2"));
        try (TickClient client = client("p-1", "m-play")) {
            assertThat(client.connect(Duration.ofSeconds(5))).isTrue();
            assertThat(client.handshake().accepted().slot()).isZero();
            assertThat(client.handshake().accepted().tickRate()).isEqualTo(30);
            int sent = 0;
            while (client.snapshotsReceived() < 30) {
                client.sendInput(new InputCommand(127, 0, 0, 0));
                sent++;
                client.receive(Duration.ofMillis(40));
                assertThat(sent).as("snapshots keep coming").isLessThan(500);
            }
            assertThat(client.undecodableSnapshots()).isZero();
            PlayerView me = client.world().players().get(0);
            assertThat(me.flags() & PlayerView.CONNECTED).isNotZero();
            assertThat(client.world().players().get(1).flags() & PlayerView.CONNECTED).isZero();
            assertThat(client.rttNanos()).isNotEmpty();
        }
    }

    @Test
    void aTokenForAMatchNotRunningHereIsDenied() throws IOException {
        try (TickClient client = client("p-1", "m-nowhere")) {
            assertThat(client.connect(Duration.ofSeconds(3))).isFalse();
            assertThat(client.handshake().state()).isEqualTo(ClientHandshake.State.DENIED);
            assertThat(client.handshake().deniedFor()).isEqualTo(RejectReason.UNKNOWN_MATCH);
        }
    }

    @Test
    void aPlayerOutsideTheMatchIsDenied() throws IOException {
        server.openMatch("m-closed", List.of("p-1"));
        try (TickClient client = client("p-9", "m-closed")) {
            assertThat(client.connect(Duration.ofSeconds(3))).isFalse();
            assertThat(client.handshake().deniedFor()).isEqualTo(RejectReason.NOT_A_PARTICIPANT);
        }
    }

    @Test
    void aReplayedInputIsDroppedAndCounted() throws IOException {
        server.openMatch("m-replay", List.of("p-1"));
        try (TickClient client = client("p-1", "m-replay")) {
            assertThat(client.connect(Duration.ofSeconds(5))).isTrue();
            long before = server.metrics().droppedCount(RejectReason.REPLAYED);
            ByteBuffer input = client.sendPacket(new Packet.Input(client.takeSequence(), 0xFFFF, 0, 0,
                    List.of(InputCommand.IDLE)));
            client.sendRaw(input.duplicate());
            client.sendRaw(input.duplicate());
            await(() -> server.metrics().droppedCount(RejectReason.REPLAYED) >= before + 2, null);
        }
    }

    /**
     * The accept is lost and the client, its cookie expired, starts over with its (now used) token from the
     * same address: it is accepted again, not refused as a reuse. The same token from any other address is
     * still refused.
     */
    @Test
    void aClientWhoseAcceptWasLostStartsOverAndIsAccepted() throws IOException {
        server.openMatch("m-lost-accept", List.of("p-1"));
        var token = TOKENS.issue("p-1", "m-lost-accept", System.currentTimeMillis());
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
             DatagramSocket elsewhere = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            socket.setSoTimeout(200);
            ClientHandshake h = new ClientHandshake(token);
            send(socket, h.nextHandshakeDatagram());
            awaitState(socket, h, ClientHandshake.State.RESPONDING);
            send(socket, h.nextHandshakeDatagram());
            DatagramPacket accepted = new DatagramPacket(new byte[2048], 2048);
            socket.receive(accepted); // the accept: never shown to the client, as if lost on the way
            assertThat(h.state()).isEqualTo(ClientHandshake.State.RESPONDING);

            long reusedBefore = server.metrics().droppedCount(RejectReason.TOKEN_REUSED);
            ClientHandshake stranger = new ClientHandshake(token);
            send(elsewhere, stranger.nextHandshakeDatagram());
            await(() -> server.metrics().droppedCount(RejectReason.TOKEN_REUSED) > reusedBefore, null);

            h.restart();
            send(socket, h.nextHandshakeDatagram());
            awaitState(socket, h, ClientHandshake.State.CONNECTED);
            assertThat(h.accepted().slot()).isZero();
            assertThat(server.metrics().droppedCount(RejectReason.TOKEN_REUSED)).isEqualTo(reusedBefore + 1);
        }
    }

    static void send(DatagramSocket socket, ByteBuffer datagram) throws IOException {
        socket.send(new DatagramPacket(datagram.array(), datagram.position(), datagram.remaining(), address));
    }

    /** Reads datagrams into the handshake until it reaches {@code state} (snapshots in between are ignored). */
    static void awaitState(DatagramSocket socket, ClientHandshake h, ClientHandshake.State state) throws IOException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        DatagramPacket in = new DatagramPacket(new byte[2048], 2048);
        while (h.state() != state) {
            assertThat(System.nanoTime()).as("handshake reaches %s within 5 s", state).isLessThan(deadline);
            try {
                socket.receive(in);
            } catch (java.net.SocketTimeoutException e) {
                continue;
            }
            h.receive(ByteBuffer.wrap(in.getData(), 0, in.getLength()));
        }
    }

    @Test
    void aSpoofedPacketFromAConnectedAddressFailsItsTag() throws IOException {
        server.openMatch("m-spoof", List.of("p-1"));
        try (TickClient client = client("p-1", "m-spoof");
             TickClient forger = new TickClient(address, TOKENS.issue("p-1", "m-other", System.currentTimeMillis()))) {
            assertThat(client.connect(Duration.ofSeconds(5))).isTrue();
            long before = server.metrics().droppedCount(RejectReason.BAD_TAG);
            // Source addresses cannot be spoofed on loopback without raw sockets, so the connected client's
            // own socket carries a packet signed with another token's key: what a spoofer would send.
            ByteBuffer forged = forger.handshake().encode(new Packet.KeepAlive(99));
            client.sendRaw(forged);
            await(() -> server.metrics().droppedCount(RejectReason.BAD_TAG) > before, null);
        }
    }

    @Test
    void anIdleClientTimesOut() throws IOException {
        server.openMatch("m-idle", List.of("p-1"));
        try (TickClient client = client("p-1", "m-idle")) {
            assertThat(client.connect(Duration.ofSeconds(5))).isTrue();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (client.disconnect() == null && System.nanoTime() < deadline) {
                client.receive(Duration.ofMillis(100)); // listens, never sends
            }
            assertThat(client.disconnect()).isNotNull();
            assertThat(client.disconnect().reason()).isEqualTo(MatchRuntime.TIMED_OUT);
        }
    }

    @Test
    void garbageFromEverywhereNeverStopsAMatch() throws Exception {
        server.openMatch("m-fuzz", List.of("p-1", "p-2"));
        AtomicBoolean fuzzing = new AtomicBoolean(true);
        long droppedBefore = server.metrics().droppedTotal();
        Thread fuzzer = Thread.ofPlatform().start(() -> {
            Random random = new Random(6);
            try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
                byte[] request = new byte[512];
                while (fuzzing.get()) {
                    byte[] b = new byte[random.nextInt(1500)];
                    random.nextBytes(b);
                    if (b.length > 0 && random.nextBoolean()) {
                        b[0] = (byte) (1 + random.nextInt(9)); // a valid type byte, garbage after it
                    }
                    if (random.nextInt(10) == 0) {
                        random.nextBytes(request);
                        request[0] = 1;
                        request[1] = 0;
                        request[2] = 1;
                        b = request;
                    }
                    socket.send(new DatagramPacket(b, b.length, address));
                    Thread.sleep(0, 200_000);
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (TickClient client = client("p-2", "m-fuzz")) {
            assertThat(client.connect(Duration.ofSeconds(5))).isTrue();
            long start = client.snapshotsReceived();
            while (client.snapshotsReceived() < start + 60) {
                client.sendInput(new InputCommand(0, 100, 1000, InputCommand.FIRE));
                client.receive(Duration.ofMillis(40));
                assertThat(client.disconnect()).isNull();
            }
        } finally {
            fuzzing.set(false);
            fuzzer.join();
        }
        assertThat(server.metrics().droppedTotal()).isGreaterThan(droppedBefore);
        assertThat(server.running("m-fuzz")).isTrue();
    }

    @Test
    void theMatchEndsWithScoresAndDisconnectsItsClients() throws Exception {
        TickServerConfig config = TickServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withMatchDuration(Duration.ofSeconds(1));
        Map<String, Map<String, Integer>> ended = new ConcurrentHashMap<>();
        try (TickServer shortServer = new TickServer(config, KEY, new MatchListener() {
            @Override
            public void ended(String matchId, Map<String, Integer> scores) {
                ended.put(matchId, scores);
            }
        }).start();
             TickClient client = new TickClient(new InetSocketAddress("127.0.0.1", shortServer.port()),
                     TOKENS.issue("p-1", "m-short", System.currentTimeMillis()))) {
            shortServer.openMatch("m-short", List.of("p-1", "p-2"));
            assertThat(client.connect(Duration.ofSeconds(5))).isTrue();
            await(() -> client.disconnect() != null, client);
            assertThat(client.disconnect().reason()).isEqualTo(MatchRuntime.MATCH_OVER);
            assertThat(ended).containsOnlyKeys("m-short");
            assertThat(ended.get("m-short")).containsOnlyKeys("p-1", "p-2");
            assertThat(shortServer.running("m-short")).isFalse();
        }
    }

    @Test
    void aMatchThatFailsInItsTickIsStoppedAndTheOthersGoOn() throws Exception {
        TickServerConfig config = TickServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withMatchDuration(Duration.ofSeconds(1));
        try (TickServer failing = new TickServer(config, KEY, new MatchListener() {
            @Override
            public void ended(String matchId, Map<String, Integer> scores) {
                if (matchId.equals("m-broken")) {
                    throw new IllegalStateException("a bug in a listener");
                }
            }
        }).start();
             TickClient broken = new TickClient(new InetSocketAddress("127.0.0.1", failing.port()),
                     TOKENS.issue("p-1", "m-broken", System.currentTimeMillis()))) {
            failing.openMatch("m-broken", List.of("p-1"));
            assertThat(broken.connect(Duration.ofSeconds(5))).isTrue();
            await(() -> broken.disconnect() != null, broken);
            assertThat(broken.disconnect().reason()).isEqualTo(MatchRuntime.QUIT);
            assertThat(failing.running("m-broken")).isFalse();
            // the event loops still serve a new match
            failing.openMatch("m-next", List.of("p-2"));
            try (TickClient next = new TickClient(new InetSocketAddress("127.0.0.1", failing.port()),
                    TOKENS.issue("p-2", "m-next", System.currentTimeMillis()))) {
                assertThat(next.connect(Duration.ofSeconds(5))).isTrue();
                await(() -> next.snapshotsReceived() >= 5, next);
            }
        }
    }
}
