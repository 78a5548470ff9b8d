package gg.arena.router.reload;

import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.supergraph.SupergraphParser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls a {@link SupergraphSource} and swaps the served router when it yields a different supergraph that the
 * router can serve. A supergraph that fails (composition errors, a parse error, a configuration that does not fit)
 * leaves the last good one serving; its problems are logged once per distinct input, not on every poll.
 */
public final class SupergraphReloader implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SupergraphReloader.class);

    private final SupergraphSource source;
    private final SnapshotFactory factory;
    private final RouterHolder holder;
    private final Counter reloads;
    private final Counter failures;
    private ScheduledExecutorService scheduler;

    private String lastFingerprint;
    private String lastUnavailable;
    private volatile ReloadStatus status;

    public SupergraphReloader(SupergraphSource source, SnapshotFactory factory, RouterHolder holder,
                              MeterRegistry registry) {
        this.source = source;
        this.factory = factory;
        this.holder = holder;
        this.reloads = Counter.builder("arena.router.supergraph.reloads").tag("outcome", "success")
                .description("supergraph swaps after a changed file or changed subgraph SDLs").register(registry);
        this.failures = Counter.builder("arena.router.supergraph.reloads").tag("outcome", "failure")
                .description("changed supergraph inputs that were rejected (the last good supergraph stayed)")
                .register(registry);
        Gauge.builder("arena.router.supergraph.served.since", this,
                        r -> r.holder.current().served().since().toEpochMilli() / 1000.0)
                .description("when the served supergraph was loaded, in seconds since the epoch").register(registry);
        this.status = new ReloadStatus(source.describe(), holder.current().served(), 0, 0, List.of(), null);
    }

    /**
     * The reloader a configuration asks for: the live subgraphs in dev mode, otherwise the supergraph file; started
     * unless {@code pollInterval} is zero (then it only reports what is served).
     */
    public static SupergraphReloader forConfig(gg.arena.router.config.RouterConfig config, SnapshotFactory factory,
                                               RouterHolder holder, MeterRegistry registry) {
        SupergraphSource source = config.composesLive() ? new LiveSubgraphsSource(config.liveSubgraphs())
                : new FileSupergraphSource(config.supergraph(), Duration.ofMillis(100));
        SupergraphReloader reloader = new SupergraphReloader(source, factory, holder, registry);
        return config.pollInterval().isZero() ? reloader : reloader.start(config.pollInterval());
    }

    /** Polls every {@code interval} on a daemon thread of its own (blocking reads never touch the event loops). */
    public SupergraphReloader start(Duration interval) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "arena-supergraph-reload");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::pollSafely, ms, ms, TimeUnit.MILLISECONDS);
        LOG.info("watching {} every {} ms; serving supergraph {}", source.describe(), ms,
                holder.current().served().hash());
        return this;
    }

    /** What is served and how reloading went, for {@code /health}. */
    public ReloadStatus status() {
        return status;
    }

    private void pollSafely() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            LOG.error("supergraph poll of {} failed", source.describe(), e);
        }
    }

    /** One look at the source; swaps when it has a new servable supergraph. */
    public synchronized void pollOnce() {
        SupergraphSource.Poll poll = source.poll();
        if (poll instanceof SupergraphSource.Poll.Unavailable u) {
            if (!u.reason().equals(lastUnavailable)) {
                LOG.warn("cannot look at {}: {}; still serving supergraph {}", source.describe(), u.reason(),
                        holder.current().served().hash());
                lastUnavailable = u.reason();
            }
            return;
        }
        if (lastUnavailable != null) {
            LOG.info("{} can be read again", source.describe());
            lastUnavailable = null;
        }
        switch (poll) {
            case SupergraphSource.Poll.Invalid i -> {
                if (!i.fingerprint().equals(lastFingerprint)) {
                    lastFingerprint = i.fingerprint();
                    reject(i.problems());
                }
            }
            case SupergraphSource.Poll.Sdl s -> {
                if (!s.fingerprint().equals(lastFingerprint)) {
                    boolean first = lastFingerprint == null;
                    lastFingerprint = s.fingerprint();
                    tryServe(s.sdl(), first);
                }
            }
            case SupergraphSource.Poll.Unavailable u -> throw new IllegalStateException(u.reason());
        }
    }

    /** @param first whether this is the first look (which normally finds what start-up loaded) */
    private void tryServe(String sdl, boolean first) {
        Supergraph supergraph;
        try {
            supergraph = SupergraphParser.parse(sdl, source.describe());
        } catch (RuntimeException e) {
            reject(List.of(String.valueOf(e.getMessage())));
            return;
        }
        ServedSupergraph current = holder.current().served();
        if (Fingerprints.supergraph(supergraph.document()).equals(current.hash())) {
            if (!first) {
                LOG.info("{} changed but gives the supergraph already served ({})", source.describe(),
                        current.hash());
            }
            status = status.withProblems(List.of());
            return;
        }
        RouterSnapshot next;
        try {
            next = factory.build(supergraph);
        } catch (RuntimeException e) {
            reject(List.of(String.valueOf(e.getMessage())));
            return;
        }
        holder.swap(next);
        reloads.increment();
        status = new ReloadStatus(source.describe(), next.served(), status.reloads() + 1, status.failedReloads(),
                List.of(), null);
        LOG.info("serving supergraph {} from {} (was {}); requests already running finish on {}",
                next.served().hash(), source.describe(), current.hash(), current.hash());
    }

    private void reject(List<String> problems) {
        failures.increment();
        String served = holder.current().served().hash();
        status = new ReloadStatus(source.describe(), holder.current().served(), status.reloads(),
                status.failedReloads() + 1, List.copyOf(problems), Instant.now());
        LOG.error("{} changed but cannot be served; still serving supergraph {}. {} problem(s):", source.describe(),
                served, problems.size());
        problems.forEach(p -> LOG.error("  {}", p));
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
