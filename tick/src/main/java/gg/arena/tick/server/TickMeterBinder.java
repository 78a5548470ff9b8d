package gg.arena.tick.server;

import gg.arena.tick.wire.RejectReason;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The tick server's metrics as Micrometer meters, for whatever registry the host application has (the
 * matches service binds it to its Actuator registry). Counters read {@link TickMetrics} when scraped, so
 * binding costs nothing per datagram; the tick-time timer is fed by every tick.
 *
 * <ul>
 *   <li>{@code arena.tick.ticks}, {@code arena.tick.missed} (tag {@code kind}: late, skipped)</li>
 *   <li>{@code arena.tick.time}: tick time (simulate + encode + send of one match), p50/p99 and a histogram</li>
 *   <li>{@code arena.tick.matches.active}, {@code arena.tick.clients.active}, {@code arena.tick.connections}</li>
 *   <li>{@code arena.tick.datagrams} and {@code arena.tick.bytes} (tag {@code direction}: in, out)</li>
 *   <li>{@code arena.tick.dropped} (tag {@code reason}: every {@link RejectReason}, present from the start at 0)</li>
 * </ul>
 */
public final class TickMeterBinder implements MeterBinder {

    private final TickServer server;

    public TickMeterBinder(TickServer server) {
        this.server = server;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        TickMetrics m = server.metrics();
        FunctionCounter.builder("arena.tick.ticks", m, TickMetrics::ticks)
                .description("Match ticks run").register(registry);
        FunctionCounter.builder("arena.tick.missed", m, TickMetrics::lateTicks).tag("kind", "late")
                .description("Ticks started more than one period after they were due").register(registry);
        FunctionCounter.builder("arena.tick.missed", m, TickMetrics::skippedTicks).tag("kind", "skipped")
                .description("Ticks that were due but skipped after a stall").register(registry);
        Timer timer = Timer.builder("arena.tick.time")
                .description("Time of one match's tick: simulate, encode, sign and send its snapshots")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(1_000))
                .maximumExpectedValue(Duration.ofSeconds(1))
                .register(registry);
        m.observeTicks(nanos -> timer.record(nanos, TimeUnit.NANOSECONDS));
        Gauge.builder("arena.tick.matches.active", server, TickServer::matchCount)
                .description("Matches running").register(registry);
        Gauge.builder("arena.tick.clients.active", server, TickServer::connectedPeers)
                .description("Clients connected to a running match").register(registry);
        FunctionCounter.builder("arena.tick.connections", m, TickMetrics::connectionsAccepted)
                .description("Clients accepted by the handshake").register(registry);
        FunctionCounter.builder("arena.tick.datagrams", m, TickMetrics::datagramsReceived).tag("direction", "in")
                .description("UDP datagrams").register(registry);
        FunctionCounter.builder("arena.tick.datagrams", m, TickMetrics::datagramsSent).tag("direction", "out")
                .description("UDP datagrams").register(registry);
        FunctionCounter.builder("arena.tick.bytes", m, TickMetrics::bytesReceived).tag("direction", "in")
                .baseUnit("bytes").description("UDP payload bytes").register(registry);
        FunctionCounter.builder("arena.tick.bytes", m, TickMetrics::bytesSent).tag("direction", "out")
                .baseUnit("bytes").description("UDP payload bytes").register(registry);
        for (RejectReason reason : RejectReason.values()) {
            FunctionCounter.builder("arena.tick.dropped", m, metrics -> metrics.droppedCount(reason))
                    .tag("reason", reason.name())
                    .description("Datagrams dropped, by reason").register(registry);
        }
    }
}
