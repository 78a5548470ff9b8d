package gg.arena.router.instrument;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every phase on a Micrometer registry: {@code arena.router.phase} (tags {@code phase}, {@code outcome}) and
 * {@code arena.router.subgraph.fetch} (tags {@code subgraph}, {@code outcome}). Served at {@code /metrics}.
 */
public final class MetricsInstrumentation implements RouterInstrumentation {
    private final MeterRegistry registry;
    private final java.util.concurrent.ConcurrentHashMap<String, Timer> timers =
            new java.util.concurrent.ConcurrentHashMap<>();

    public MetricsInstrumentation(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public End begin(Phase phase, String detail) {
        Timer.Sample sample = Timer.start(registry);
        return error -> sample.stop(timer(phase, detail, error == null ? "success" : "error"));
    }

    private Timer timer(Phase phase, String detail, String outcome) {
        String key = phase + "|" + (phase == Phase.FETCH ? detail : "") + "|" + outcome;
        return timers.computeIfAbsent(key, k -> phase == Phase.FETCH
                ? Timer.builder("arena.router.subgraph.fetch").description("Subgraph requests")
                .tag("subgraph", detail == null ? "" : detail).tag("outcome", outcome).register(registry)
                : Timer.builder("arena.router.phase").description("Router phases")
                .tag("phase", phase.name().toLowerCase(java.util.Locale.ROOT)).tag("outcome", outcome)
                .register(registry));
    }
}
