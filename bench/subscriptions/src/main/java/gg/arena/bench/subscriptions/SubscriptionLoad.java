package gg.arena.bench.subscriptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscription load run, in phases: log the publishers in; open the connections (each
 * subscribes once acknowledged); publish warm-up messages until every subscription has received
 * one (so "acknowledged" means "proved live", which graphql-transport-ws has no message for);
 * publish the measured messages at a fixed rate; wait for late deliveries; close; report.
 *
 * <p>Exit status: 0 when every subscription was live and every expected delivery arrived exactly
 * once, 1 when not, 2 for bad options or a run that could not start (e.g. login failed).
 */
public final class SubscriptionLoad implements WsConnection.Run {

    private static final String QUERY_TEMPLATE =
            "subscription ChatLoad($channel: String!) { chatMessages(channel: $channel) { %s } }";

    private final LoadOptions options;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Tally tally = new Tally();
    private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final List<String> channelNames = new ArrayList<>();
    private final List<WsConnection> connections = new ArrayList<>();
    private final Semaphore opening;
    private final CountDownLatch settled;
    private final CountDownLatch ended;
    /** Per measured sequence number: 0 not sent yet, 1 in flight, 2 published, 3 failed. */
    private final AtomicLongArray publishState;

    SubscriptionLoad(LoadOptions options) {
        this.options = options;
        this.opening = new Semaphore(options.connectConcurrency());
        this.settled = new CountDownLatch(options.connections());
        this.ended = new CountDownLatch(options.connections());
        this.publishState = new AtomicLongArray(Math.toIntExact(options.messages()));
        for (int k = 0; k < options.channels(); k++) {
            channelNames.add("load-" + runId + "-" + k);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && (args[0].equals("help") || args[0].equals("--help"))) {
            System.out.print(LoadOptions.usage());
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            LoadReport report = new SubscriptionLoad(options).run();
            JsonMapper json = JsonMapper.builder().build();
            String text = report.json(json);
            if (options.jsonOut() != null) {
                Files.writeString(Path.of(options.jsonOut()), text);
            }
            System.out.println(text);
            System.out.println(report.summary());
            status = report.complete() ? 0 : 1;
        } catch (SetupFailure e) {
            System.err.println("load run could not start: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    @Override
    public void settled(WsConnection connection, boolean acked) {
        opening.release();
        settled.countDown();
    }

    @Override
    public void ended(WsConnection connection) {
        ended.countDown();
    }

    @Override
    public int channelOf(long seq) {
        return seq >= 0 && seq < publishState.length() && publishState.get((int) seq) != 0
                ? (int) (seq % options.channels()) : -1;
    }

    /** Runs the load (bounded by the options' timeouts) and returns its figures. */
    LoadReport run() throws Exception {
        Instant started = Instant.now();
        String loadBefore = loadAverage();
        log("run %s: %d connections × %d subscriptions over %d channels, %s msg/s for %ds, ws %s, http %s",
                runId, options.connections(), options.perConnection(), options.channels(), options.rate(),
                options.duration().toSeconds(), options.ws(), options.http());
        ArenaHttp http = new ArenaHttp(options.http(), json);
        List<String> tokens = login(new ArenaHttp(options.loginHttp(), json));
        log("%d publishers logged in", tokens.size());

        java.util.Map<String, Long> pids = new java.util.LinkedHashMap<>(options.pids());
        pids.putIfAbsent("load-tool", ProcessHandle.current().pid());
        ProcessSampler sampler = new ProcessSampler(pids, options.sampleEvery().toMillis());
        sampler.start();
        LoopResources loops = LoopResources.create("load-ws", 1, 2, true);
        ConnectionProvider provider = ConnectionProvider.newConnection();
        try {
            long t0 = System.nanoTime();
            openConnections(loops, provider, tokens);
            double connectSeconds = (System.nanoTime() - t0) / 1e9;
            log("%d/%d connections acknowledged in %.1f s (%d failed)", tally.acked.get(), options.connections(),
                    connectSeconds, tally.connectFailures.get());

            long t1 = System.nanoTime();
            int live = arm(http, tokens);
            double armSeconds = (System.nanoTime() - t1) / 1e9;
            log("%d/%d subscriptions live in %.1f s", live, options.subscriptions(), armSeconds);

            int[] subscribersPerChannel = new int[options.channels()];
            for (WsConnection c : connections) {
                for (Subscriber s : c.subscribers) {
                    if (s.armed() && !s.failed()) {
                        s.count();
                        subscribersPerChannel[s.channel]++;
                    }
                }
            }
            Publishing publishing = publish(http, tokens, subscribersPerChannel);
            long expected = publishing.expected();
            log("published %d/%d (%d failed); waiting up to %ds for deliveries", publishing.ok.sum(),
                    options.messages(), publishing.failed.sum(), options.drain().toSeconds());
            long drainDeadline = System.nanoTime() + options.drain().toNanos();
            while (deliveries()[1] > 0 && System.nanoTime() < drainDeadline) {
                Thread.sleep(200);
            }
            String loadAfter = loadAverage();
            List<ProcessSampler.Usage> usage = sampler.stop();

            for (WsConnection c : connections) {
                c.close();
            }
            boolean allEnded = ended.await(15, TimeUnit.SECONDS);

            long[] counts = deliveries();
            return new LoadReport(options, runId, started, Instant.now(), loadBefore, loadAfter,
                    connectSeconds, live, armSeconds, publishing, expected, counts[0], counts[1], counts[2], allEnded,
                    tally, usage);
        } finally {
            sampler.close();
            // Best effort: the figures are taken; a slow shutdown must not lose them.
            loops.disposeLater().subscribe(null, e -> { });
            provider.disposeLater().subscribe(null, e -> { });
        }
    }

    /**
     * For the subscriptions live before the measured phase and every message the server accepted
     * on their channel: {delivered, not (yet) delivered, and deliveries of posts that failed}.
     */
    private long[] deliveries() {
        long delivered = 0;
        long missing = 0;
        long ofFailed = 0;
        for (WsConnection c : connections) {
            for (Subscriber s : c.subscribers) {
                if (!s.counted()) {
                    continue;
                }
                for (long seq = s.channel; seq < publishState.length(); seq += options.channels()) {
                    long state = publishState.get((int) seq);
                    boolean got = s.got(seq);
                    if (state == 2) {
                        if (got) {
                            delivered++;
                        } else {
                            missing++;
                        }
                    } else if (got) {
                        ofFailed++;
                    }
                }
            }
        }
        return new long[] {delivered, missing, ofFailed};
    }

    private List<String> login(ArenaHttp http) throws InterruptedException {
        List<CompletableFuture<String>> pending = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        Semaphore atOnce = new Semaphore(4);
        for (int n = 1; n <= options.publishers(); n++) {
            atOnce.acquire();
            pending.add(http.login(n, options.password()).whenComplete((t, e) -> atOnce.release()));
        }
        for (CompletableFuture<String> f : pending) {
            try {
                tokens.add(f.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new SetupFailure("logging in a publisher at " + options.loginHttp() + " failed: " + cause.getMessage());
            }
        }
        return tokens;
    }

    private void openConnections(LoopResources loops, ConnectionProvider provider, List<String> tokens)
            throws InterruptedException {
        String query = QUERY_TEMPLATE.formatted(options.fields());
        HttpClient.WebsocketSender sender = HttpClient.create(provider)
                .runOn(loops)
                .option(io.netty.channel.ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .websocket(WebsocketClientSpec.builder().protocols("graphql-transport-ws")
                        .maxFramePayloadLength(1 << 20).build())
                .uri(options.ws());
        long deadline = System.nanoTime() + options.connectTimeout().toNanos();
        for (int c = 0; c < options.connections(); c++) {
            List<Subscriber> subs = new ArrayList<>();
            for (int j = 0; j < options.perConnection(); j++) {
                int global = c * options.perConnection() + j;
                subs.add(new Subscriber("s" + j, global % options.channels()));
            }
            String token = options.wsToken() ? tokens.get(c % tokens.size()) : null;
            WsConnection connection = new WsConnection(c, subs, query, channelNames, token, json, tally, runId, this);
            connections.add(connection);
            long left = deadline - System.nanoTime();
            if (left <= 0 || !opening.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                tally.error("connect", "not opened: --connect-timeout reached");
                tally.connectFailures.incrementAndGet();
                settled.countDown();
                ended.countDown();
                continue;
            }
            connection.open(sender);
        }
        long left = Math.max(0, deadline - System.nanoTime());
        if (!settled.await(left, TimeUnit.NANOSECONDS)) {
            tally.error("connect", "no connection_ack within --connect-timeout on "
                    + connections.stream().filter(c -> !c.acked() && !c.ended()).count() + " connections");
        }
    }

    /**
     * Publishes a warm-up to every channel that still has a subscription without one, once a
     * second, until all subscriptions on acknowledged connections are live (or failed) or the
     * time is up. Returns the subscriptions that are live.
     */
    private int arm(ArenaHttp http, List<String> tokens) throws InterruptedException {
        int possible = 0;
        for (WsConnection c : connections) {
            if (c.acked()) {
                possible += c.subscribers.size();
            }
        }
        long deadline = System.nanoTime() + options.armTimeout().toNanos();
        int round = 0;
        Semaphore atOnce = new Semaphore(16);
        while (System.nanoTime() < deadline) {
            int failed = 0;
            boolean[] waiting = new boolean[options.channels()];
            for (WsConnection c : connections) {
                for (Subscriber s : c.subscribers) {
                    if (s.failed()) {
                        failed++;
                    } else if (c.acked() && !c.ended() && !s.armed()) {
                        waiting[s.channel] = true;
                    }
                }
            }
            if (tally.armed.get() + failed >= possible) {
                break;
            }
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (int k = 0; k < waiting.length; k++) {
                if (waiting[k]) {
                    atOnce.acquire();
                    String text = new BenchText(runId, true, round, System.nanoTime()).encode();
                    sends.add(http.send(tokens.get(k % tokens.size()), channelNames.get(k), text)
                            .whenComplete((id, e) -> {
                                atOnce.release();
                                if (e != null) {
                                    tally.error("warm-up publish", rootMessage(e));
                                }
                            }));
                }
            }
            try {
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                        .get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                tally.error("warm-up publish", "answers still outstanding after 30 s");
            }
            round++;
            long pause = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < Math.min(pause, deadline) && tally.armed.get() < possible) {
                Thread.sleep(20);
            }
        }
        // Let the last warm-ups arrive before anything is measured.
        Thread.sleep(500);
        return tally.armed.get();
    }

    /** The measured phase's publishing, its figures filled in as the responses come back. */
    record Publishing(LongAdder ok, LongAdder failed, Histogram postMicros, AtomicLong maxLagMicros,
                      int[] subscribersPerChannel, AtomicLongArray state, double seconds) {
        long expected() {
            long sum = 0;
            for (int i = 0; i < state.length(); i++) {
                if (state.get(i) == 2) {
                    sum += subscribersPerChannel[i % subscribersPerChannel.length];
                }
            }
            return sum;
        }
    }

    /**
     * Sends the measured messages on a fixed-rate schedule; each send is asynchronous, so a slow
     * answer never delays the next message. Waits (bounded) for every answer.
     */
    private Publishing publish(ArenaHttp http, List<String> tokens, int[] subscribersPerChannel)
            throws InterruptedException {
        int total = publishState.length();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        Histogram post = new SynchronizedHistogram(1, 600_000_000L, 3);
        AtomicLong maxLag = new AtomicLong();
        AtomicLong next = new AtomicLong();
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        CountDownLatch allSent = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        long periodNanos = Math.max(1, Math.round(1e9 / options.rate()));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-publisher");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        ScheduledFuture<?> ticking = timer.scheduleAtFixedRate(() -> {
            long seq = next.getAndIncrement();
            if (seq >= total) {
                if (done.compareAndSet(false, true)) {
                    allSent.countDown();
                }
                return;
            }
            long now = System.nanoTime();
            maxLag.accumulateAndGet((now - (start + seq * periodNanos)) / 1_000, Math::max);
            publishState.set((int) seq, 1);
            String text = new BenchText(runId, false, seq, now).encode();
            int channel = (int) (seq % options.channels());
            inFlight.add(http.send(tokens.get((int) (seq % tokens.size())), channelNames.get(channel), text)
                    .whenComplete((id, e) -> {
                        if (e == null) {
                            publishState.set((int) seq, 2);
                            ok.increment();
                            post.recordValue(Math.max(1, (System.nanoTime() - now) / 1_000));
                        } else {
                            publishState.set((int) seq, 3);
                            failed.increment();
                            tally.error("publish", rootMessage(e));
                        }
                    }));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        boolean sentAll = allSent.await(options.duration().toSeconds() * 2 + 30, TimeUnit.SECONDS);
        ticking.cancel(false);
        timer.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!sentAll) {
            tally.error("publish", "the fixed-rate schedule did not finish in time");
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            tally.error("publish", "answers still outstanding after 60 s");
        }
        for (int i = 0; i < total; i++) {
            if (publishState.get(i) == 1) {
                publishState.set(i, 3); // never answered: not expected, counted as failed
                failed.increment();
            }
        }
        return new Publishing(ok, failed, post, maxLag, subscribersPerChannel, publishState, seconds);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t != t.getCause()) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf("[%s] %s%n", Instant.now(), format.formatted(args));
    }

    /** The run could not begin (nothing was measured). */
    static final class SetupFailure extends RuntimeException {
        SetupFailure(String message) {
            super(message);
        }
    }
}
