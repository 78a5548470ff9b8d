package gg.arena.bench.tick;

import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.client.TickClient;
import gg.arena.tick.server.TickMetrics;
import gg.arena.tick.server.TickServer;
import gg.arena.tick.server.TickServerConfig;
import gg.arena.tick.sim.MatchListener;
import gg.arena.tick.wire.InputCommand;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load run on one machine: an in-process tick server (UDP on 127.0.0.1) and bot clients on virtual
 * threads, N matches × M players at the server's tick rate, with optional loss each way. Connect
 * tokens are issued locally (no GraphQL: this measures the tick, not the control plane). Prints tick
 * time p50/p99, missed ticks, kbit/s per player each way, and the kernel's UDP receive drops.
 *
 * <pre>
 * java -cp "bench/tick/target/classes:bench/tick/target/lib/*" gg.arena.bench.tick.LoadRun \
 *   --matches 100 --players 10 --seconds 20 --tick-rate 30 --loss 0.05 --port 17700
 * </pre>
 */
public final class LoadRun {

    public static void main(String[] args) throws Exception {
        int matches = 10;
        int players = 10;
        int seconds = 20;
        int tickRate = 30;
        double loss = 0;
        int port = 17700;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--matches" -> matches = Integer.parseInt(args[i + 1]);
                case "--players" -> players = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--tick-rate" -> tickRate = Integer.parseInt(args[i + 1]);
                case "--loss" -> loss = Double.parseDouble(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println(run(matches, players, seconds, tickRate, loss, port));
    }

    static String run(int matches, int players, int seconds, int tickRate, double loss, int port) throws Exception {
        TokenKey key = TokenKey.fromBase64(TokenKey.DEV_DEFAULT);
        ConnectTokens tokens = new ConnectTokens(key);
        TickServerConfig config = TickServerConfig.defaults().withHost("127.0.0.1").withPort(port)
                .withTickRate(tickRate).withMatchDuration(Duration.ofSeconds(seconds + 30))
                .withPacketsPerSecond(Math.max(400, tickRate * 4));
        long[] kernelBefore = kernelUdpDrops();
        try (TickServer server = new TickServer(config, key, MatchListener.NONE).start();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
            List<Future<long[]>> results = new ArrayList<>();
            for (int m = 0; m < matches; m++) {
                List<String> ids = new ArrayList<>();
                for (int p = 0; p < players; p++) {
                    ids.add("p-" + m + "-" + p);
                }
                String matchId = "m-load-" + m;
                server.openMatch(matchId, ids);
                for (String id : ids) {
                    long seed = results.size();
                    double l = loss;
                    results.add(threads.submit(() -> play(address, tokens, id, matchId, seconds, tickRate, l, seed)));
                }
            }
            long connected = 0;
            long snapshots = 0;
            long undecodable = 0;
            long bytesDown = 0;
            long bytesUp = 0;
            long playedNanos = 0;
            for (Future<long[]> f : results) {
                long[] r = f.get();
                connected += r[0];
                snapshots += r[1];
                undecodable += r[2];
                bytesDown += r[3];
                bytesUp += r[4];
                playedNanos += r[5];
            }
            TickMetrics metrics = server.metrics();
            long[] kernelAfter = kernelUdpDrops();
            // As the bots saw it while they played (the server keeps sending until a silent bot times out).
            double playerSeconds = Math.max(1e-9, playedNanos / 1e9);
            return String.format(
                    "{\"matches\":%d,\"playersPerMatch\":%d,\"tickRate\":%d,\"loss\":%.2f,\"seconds\":%d,"
                            + "\"connected\":%d,\"transport\":\"%s\",\"sockets\":%d,\"ticks\":%d,\"missedTicks\":%d,"
                            + "\"tickMicrosP50\":%d,\"tickMicrosP99\":%d,\"downKbitPerPlayer\":%.1f,\"upKbitPerPlayer\":%.1f,"
                            + "\"snapshotsReceived\":%d,\"snapshotsUndecodable\":%d,\"serverDrops\":%s,"
                            + "\"kernelRcvbufErrors\":%d,\"kernelInErrors\":%d}",
                    matches, players, tickRate, loss, seconds, connected, server.epoll() ? "epoll" : "nio",
                    server.sockets(), metrics.ticks(), metrics.missedTicks(), metrics.tickMicrosPercentile(0.5),
                    metrics.tickMicrosPercentile(0.99), bytesDown * 8 / 1000.0 / playerSeconds,
                    bytesUp * 8 / 1000.0 / playerSeconds, snapshots, undecodable,
                    metrics.droppedByReason().toString().replace('=', ':').replaceAll("([A-Z_]+):", "\"$1\":"),
                    kernelAfter[0] - kernelBefore[0], kernelAfter[1] - kernelBefore[1]);
        }
    }

    /** One bot: {connected 0/1, snapshots received, undecodable, bytes in, bytes out, nanos played}. */
    static long[] play(InetSocketAddress server, ConnectTokens tokens, String player, String matchId, int seconds,
                       int tickRate, double loss, long seed) {
        Random random = new Random(seed);
        try (TickClient client = new TickClient(server, tokens.issue(player, matchId, System.currentTimeMillis()),
                loss, loss, seed)) {
            if (!client.connect(Duration.ofSeconds(20))) {
                return new long[]{0, 0, 0, 0, 0, 0};
            }
            long period = 1_000_000_000L / tickRate;
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            long next = start;
            InputCommand move = InputCommand.IDLE;
            while (System.nanoTime() < end && client.disconnect() == null) {
                long now = System.nanoTime();
                if (now >= next) {
                    if (random.nextInt(15) == 0) {
                        move = new InputCommand(random.nextInt(255) - 127, random.nextInt(255) - 127, 0, 0);
                    }
                    client.sendInput(new InputCommand(move.moveX(), move.moveY(), random.nextInt(65536),
                            random.nextInt(4) == 0 ? InputCommand.FIRE : 0));
                    next += period;
                    if (next < now) {
                        next = now + period;
                    }
                }
                client.receive(Duration.ofMillis(Math.max(1, (next - System.nanoTime()) / 1_000_000)));
            }
            return new long[]{1, client.snapshotsReceived(), client.undecodableSnapshots(), client.bytesIn(),
                    client.bytesOut(), System.nanoTime() - start};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0, 0, 0, 0, 0};
        }
    }

    /** {RcvbufErrors, InErrors} of the kernel's UDP counters (Linux), zeros elsewhere. */
    static long[] kernelUdpDrops() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/net/snmp"));
            String[] names = null;
            for (String line : lines) {
                if (line.startsWith("Udp:")) {
                    String[] parts = line.trim().split("\\s+");
                    if (names == null) {
                        names = parts;
                    } else {
                        long rcvbuf = 0;
                        long in = 0;
                        for (int i = 1; i < parts.length; i++) {
                            if (names[i].equals("RcvbufErrors")) {
                                rcvbuf = Long.parseLong(parts[i]);
                            } else if (names[i].equals("InErrors")) {
                                in = Long.parseLong(parts[i]);
                            }
                        }
                        return new long[]{rcvbuf, in};
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no kernel counters to report
        }
        return new long[]{0, 0};
    }
}
