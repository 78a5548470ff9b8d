package gg.arena.bench.tick;

import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.client.ClientSession;
import gg.arena.tick.client.ClientSwarm;
import gg.arena.tick.server.TickMetrics;
import gg.arena.tick.server.TickServer;
import gg.arena.tick.server.TickServerConfig;
import gg.arena.tick.sim.MatchListener;
import gg.arena.tick.wire.InputCommand;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A load run on one machine: a tick server on 127.0.0.1 with N matches × M players, and bot clients
 * ({@link ClientSwarm}: one socket per player, shared event loops) playing them at the tick rate with
 * optional loss each way. Connect tokens are issued locally with the dev key (no GraphQL: this measures
 * the tick, not the control plane). Server and bots run in one process ({@code --role both}) or in two
 * ({@code --role server} and {@code --role bots}), so each can get its own JVM options and CPU set
 * ({@code taskset}); {@code load-run.sh} runs the two.
 *
 * <p>The server measures a window of {@code --seconds} after {@code --warmup} (JIT, handshakes) and prints
 * tick time (simulate + encode + sign + send of one match's tick) percentiles, start delay, missed ticks
 * (started more than a period late, or skipped), drops by reason and its socket's kernel drops. The bots
 * print what they received and sent, per player and second, input→ack round trips, missed and late
 * snapshots. Both print one JSON line.
 *
 * <pre>
 * java -cp "bench/tick/target/classes:bench/tick/target/lib/*" gg.arena.bench.tick.LoadRun \
 *   --role both --matches 100 --players 10 --warmup 10 --seconds 60 --tick-rate 30 --loss 0.05 --port 7900
 * </pre>
 */
public final class LoadRun {

    record Options(String role, int matches, int players, int warmup, int seconds, int tickRate, double loss,
                   String host, int port, int sockets, int botThreads) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value pairs: " + Arrays.toString(args));
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        List<String> known = List.of("role", "matches", "players", "warmup", "seconds", "tick-rate", "loss", "host",
                "port", "sockets", "bot-threads");
        for (String k : o.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k + "; known: " + known);
            }
        }
        Options options = new Options(o.getOrDefault("role", "both"),
                Integer.parseInt(o.getOrDefault("matches", "10")), Integer.parseInt(o.getOrDefault("players", "10")),
                Integer.parseInt(o.getOrDefault("warmup", "10")), Integer.parseInt(o.getOrDefault("seconds", "20")),
                Integer.parseInt(o.getOrDefault("tick-rate", "30")), Double.parseDouble(o.getOrDefault("loss", "0")),
                o.getOrDefault("host", "127.0.0.1"), Integer.parseInt(o.getOrDefault("port", "7900")),
                Integer.parseInt(o.getOrDefault("sockets", String.valueOf(Runtime.getRuntime().availableProcessors()))),
                Integer.parseInt(o.getOrDefault("bot-threads", "1")));
        switch (options.role()) {
            case "server" -> System.out.println(serve(options, null));
            case "bots" -> System.out.println(play(options));
            case "both" -> {
                String[] bots = new String[1];
                String server = serve(options, () -> {
                    try {
                        bots[0] = play(options);
                    } catch (Exception e) {
                        bots[0] = "{\"error\":\"" + e + "\"}";
                    }
                });
                System.out.println(server);
                System.out.println(bots[0]);
            }
            default -> throw new IllegalArgumentException("--role is server, bots or both");
        }
    }

    static String matchId(int m) {
        return "m-load-" + m;
    }

    static String playerId(int m, int p) {
        return "p-" + m + "-" + p;
    }

    /**
     * Opens the matches, says "ready" on stderr, measures the window and returns the server's JSON. With
     * {@code bots} given, runs them in this process (on a thread of their own) instead of waiting.
     */
    static String serve(Options o, Runnable bots) throws Exception {
        TokenKey key = TokenKey.fromBase64(TokenKey.DEV_DEFAULT);
        TickServerConfig config = TickServerConfig.defaults().withHost(o.host()).withPort(o.port())
                .withTickRate(o.tickRate()).withMatchDuration(Duration.ofSeconds(o.warmup() + o.seconds() + 120))
                .withPacketsPerSecond(Math.max(400, o.tickRate() * 4));
        config = new TickServerConfig(config.host(), config.port(), o.sockets(), config.tickRate(),
                config.matchDuration(), config.idleTimeout(), config.packetsPerSecond(), config.maxUsedTokens());
        try (TickServer server = new TickServer(config, key, MatchListener.NONE).start()) {
            for (int m = 0; m < o.matches(); m++) {
                List<String> ids = new ArrayList<>();
                for (int p = 0; p < o.players(); p++) {
                    ids.add(playerId(m, p));
                }
                server.openMatch(matchId(m), ids);
            }
            System.err.println("ready on udp " + o.host() + ":" + server.port());
            Thread botThread = null;
            if (bots != null) {
                botThread = Thread.ofPlatform().name("load-bots").start(bots);
            }
            TimeUnit.SECONDS.sleep(o.warmup());
            TickMetrics metrics = server.metrics();
            metrics.reset();
            long[] kernelBefore = kernelUdpDrops();
            long socketDropsBefore = socketDrops(server.port());
            long cpuBefore = processCpuNanos();
            long wallBefore = System.nanoTime();
            int connectedAtStart = server.connectedPeers();
            traceMissedTicks(metrics, o.seconds());
            double cpuShare = (processCpuNanos() - cpuBefore) / (double) (System.nanoTime() - wallBefore);
            long[] kernelAfter = kernelUdpDrops();
            long socketDrops = socketDrops(server.port()) - socketDropsBefore;
            int connectedAtEnd = server.connectedPeers();
            String json = String.format(Locale.ROOT,
                    "{\"role\":\"server\",\"matches\":%d,\"playersPerMatch\":%d,\"tickRate\":%d,\"windowSeconds\":%d,"
                            + "\"transport\":\"%s\",\"sockets\":%d,\"cpus\":%d,\"gc\":\"%s\","
                            + "\"processCpuCores\":%.2f,\"loadAverage\":%.1f,\"connectedAtStart\":%d,\"connectedAtEnd\":%d,\"ticks\":%d,\"ticksExpected\":%d,"
                            + "\"missedTicks\":%d,\"lateTicks\":%d,\"skippedTicks\":%d,"
                            + "\"tickMicros\":{\"p50\":%d,\"p90\":%d,\"p99\":%d,\"p999\":%d,\"max\":%d},"
                            + "\"ticksOver400us\":%d,\"startDelayMicros\":{\"p50\":%d,\"p99\":%d,\"max\":%d},"
                            + "\"datagramsIn\":%d,\"datagramsOut\":%d,\"serverDrops\":%s,"
                            + "\"serverSocketKernelDrops\":%d,\"kernelUdpRcvbufErrors\":%d,\"kernelUdpInErrors\":%d}",
                    o.matches(), o.players(), o.tickRate(), o.seconds(), server.epoll() ? "epoll" : "nio",
                    server.sockets(), Runtime.getRuntime().availableProcessors(), gcName(),
                    bots == null ? cpuShare : -1.0, loadAverage(), connectedAtStart,
                    connectedAtEnd, metrics.ticks(), (long) o.matches() * o.tickRate() * o.seconds(),
                    metrics.missedTicks(), metrics.lateTicks(), metrics.skippedTicks(),
                    metrics.tickMicrosPercentile(0.5), metrics.tickMicrosPercentile(0.9),
                    metrics.tickMicrosPercentile(0.99), metrics.tickMicrosPercentile(0.999),
                    metrics.tickMicrosPercentile(1.0), metrics.ticksAtLeastMicros(400),
                    metrics.startDelayMicrosPercentile(0.5), metrics.startDelayMicrosPercentile(0.99),
                    metrics.startDelayMicrosPercentile(1.0), metrics.datagramsReceived(), metrics.datagramsSent(),
                    drops(metrics), socketDrops, kernelAfter[0] - kernelBefore[0], kernelAfter[1] - kernelBefore[1]);
            if (botThread != null) {
                botThread.join();
            }
            return json;
        }
    }

    /**
     * Sleeps through the window, printing on stderr each 100 ms step in which ticks were missed, stamped with
     * the JVM's uptime as the GC log is, so a late tick can be matched with a pause or a concurrent cycle.
     */
    static void traceMissedTicks(TickMetrics metrics, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long seen = metrics.missedTicks();
        while (System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            long missed = metrics.missedTicks();
            if (missed != seen) {
                System.err.printf(Locale.ROOT, "[%.3fs] %s missed ticks +%d%n",
                        ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
                        LocalTime.now(), missed - seen);
                seen = missed;
            }
        }
    }

    /** Plays every player of every match for warm-up + window and returns the bots' JSON. */
    static String play(Options o) throws Exception {
        ConnectTokens tokens = new ConnectTokens(TokenKey.fromBase64(TokenKey.DEV_DEFAULT));
        InetSocketAddress server = new InetSocketAddress(o.host(), o.port());
        Duration playFor = Duration.ofSeconds(o.warmup() + o.seconds());
        List<CompletableFuture<ClientSwarm.Result>> results = new ArrayList<>();
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        try (ClientSwarm swarm = new ClientSwarm(o.botThreads(), o.tickRate())) {
            int seed = 0;
            for (int m = 0; m < o.matches(); m++) {
                for (int p = 0; p < o.players(); p++) {
                    results.add(swarm.add(server, tokens.issue(playerId(m, p), matchId(m), System.currentTimeMillis()),
                            o.loss(), o.loss(), seed, randomInputs(seed), Duration.ofSeconds(20), playFor));
                    seed++;
                }
                // 20 ms between matches (1000 players join over 2 s): all at once is a burst no real
                // server sees, since players join as their matches form.
                Thread.sleep(20);
            }
            int connected = 0;
            long snapshots = 0;
            long undecodable = 0;
            long late = 0;
            long missed = 0;
            long lostDown = 0;
            long bytesDown = 0;
            long bytesUp = 0;
            double playerSeconds = 0;
            long[] rtts = new long[0];
            int rttCount = 0;
            Map<String, Integer> failures = new HashMap<>();
            for (CompletableFuture<ClientSwarm.Result> f : results) {
                ClientSwarm.Result r = f.get(playFor.toSeconds() + 60, TimeUnit.SECONDS);
                if (!r.connected()) {
                    failures.merge(String.valueOf(r.failure()), 1, Integer::sum);
                    continue;
                }
                connected++;
                ClientSession s = r.session();
                snapshots += s.snapshotsReceived();
                undecodable += s.undecodableSnapshots();
                late += s.lateSnapshots();
                lostDown += s.droppedBySimulatedLoss();
                // Snapshots sent at the server's rate while it played that never reached the client.
                missed += Math.max(0, (long) Math.floor(r.secondsPlayed() * o.tickRate()) - s.snapshotsReceived());
                bytesDown += s.bytesIn();
                bytesUp += s.bytesOut();
                playerSeconds += r.secondsPlayed();
                if (rttCount + s.rttCount() > rtts.length) {
                    rtts = Arrays.copyOf(rtts, Math.max(rtts.length * 2, rttCount + s.rttCount()));
                }
                long[] one = new long[s.rttCount()];
                s.rttNanos(one);
                System.arraycopy(one, 0, rtts, rttCount, one.length);
                rttCount += one.length;
            }
            double cpuShare = (processCpuNanos() - cpuBefore) / (double) (System.nanoTime() - wallBefore);
            Arrays.sort(rtts, 0, rttCount);
            double ps = Math.max(1e-9, playerSeconds);
            return String.format(Locale.ROOT,
                    "{\"role\":\"bots\",\"processCpuCores\":%.2f,\"players\":%d,\"connected\":%d,\"loss\":%.2f,\"botThreads\":%d,\"transport\":\"%s\","
                            + "\"secondsPlayedPerPlayer\":%.1f,\"snapshotsReceived\":%d,\"snapshotsMissed\":%d,"
                            + "\"snapshotsLostBySimulatedLoss\":%d,\"snapshotsLate\":%d,\"snapshotsUndecodable\":%d,"
                            + "\"downKbitPerPlayer\":%.1f,\"upKbitPerPlayer\":%.1f,"
                            + "\"inputAckRttMillis\":{\"samples\":%d,\"p50\":%.2f,\"p99\":%.2f},\"failures\":%s}",
                    cpuShare, results.size(), connected, o.loss(), o.botThreads(), swarm.epoll() ? "epoll" : "nio",
                    playerSeconds / Math.max(1, connected), snapshots, missed, lostDown, late, undecodable,
                    bytesDown * 8 / 1000.0 / ps, bytesUp * 8 / 1000.0 / ps, rttCount,
                    percentile(rtts, rttCount, 0.5) / 1e6, percentile(rtts, rttCount, 0.99) / 1e6,
                    failures.toString().replace('=', ':').replaceAll("([{,] ?)([^:{},]+):", "$1\"$2\":"));
        }
    }

    /** The bot's way of playing: a direction held for a while, an aim that turns, fire now and then. */
    static Supplier<InputCommand> randomInputs(long seed) {
        Random random = new Random(seed);
        int[] state = {0, 0, random.nextInt(65536)};
        return () -> {
            if (random.nextInt(15) == 0) {
                state[0] = random.nextInt(255) - 127;
                state[1] = random.nextInt(255) - 127;
            }
            state[2] = (state[2] + random.nextInt(2001) - 1000) & 0xFFFF;
            return new InputCommand(state[0], state[1], state[2], random.nextInt(4) == 0 ? InputCommand.FIRE : 0);
        };
    }

    static long percentile(long[] sorted, int count, double p) {
        if (count == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
    }

    static String drops(TickMetrics metrics) {
        StringBuilder b = new StringBuilder("{");
        metrics.droppedByReason().forEach((r, n) -> b.append(b.length() > 1 ? "," : "").append('"').append(r)
                .append("\":").append(n));
        return b.append('}').toString();
    }

    /** CPU time of this process so far (all threads), in ns; -1 when the JVM does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String gcName() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).reduce((a, b) -> a + "+" + b).orElse("?");
    }

    /** {RcvbufErrors, InErrors} of the kernel's UDP counters (all sockets of the host), zeros off Linux. */
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

    /** The "drops" column of /proc/net/udp summed over the sockets bound to {@code port} (the server's). */
    static long socketDrops(int port) {
        String hexPort = String.format(":%04X", port);
        long drops = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/net/udp"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 12 && f[1].endsWith(hexPort)) {
                    drops += Long.parseLong(f[f.length - 1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return drops;
    }
}
