package gg.arena.tick.server;

import gg.arena.tick.wire.RejectReason;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * Counters of the tick server, cheap to bump from any event loop; exposed through getters (and to
 * Micrometer by {@link TickMeterBinder}).
 *
 * <p>Definitions. <b>Tick time</b>: the wall time one match's tick takes on its event loop, from the
 * start of the simulation step to the return of the flush that hands its snapshots to the kernel
 * (simulate + encode + sign + send). <b>Start delay</b>: how long after its due time a tick started
 * (due times are a fixed grid from the match's start). A tick is <b>missed</b> when it started more than
 * one tick period after its due time, or was skipped (a backlog of more than
 * {@code MatchRuntime#MAX_CATCH_UP} periods is not replayed; those ticks never run).
 */
public final class TickMetrics {

    private final LongAdder[] dropped = new LongAdder[RejectReason.values().length];
    private final LongAdder received = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder bytesIn = new LongAdder();
    private final LongAdder bytesOut = new LongAdder();
    private final LongAdder connections = new LongAdder();
    private final LongAdder ticks = new LongAdder();
    private final LongAdder missedTicks = new LongAdder();
    private final LongAdder skippedTicks = new LongAdder();
    private final LongAdder tickNanos = new LongAdder();
    private final MicrosHistogram tickTimes = new MicrosHistogram();
    private final MicrosHistogram startDelays = new MicrosHistogram();
    private volatile LongConsumer tickObserver = nanos -> { };

    public TickMetrics() {
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = new LongAdder();
        }
    }

    void dropped(RejectReason reason) {
        dropped[reason.ordinal()].increment();
    }

    void received(int bytes) {
        received.increment();
        bytesIn.add(bytes);
    }

    void sent(int bytes) {
        sent.increment();
        bytesOut.add(bytes);
    }

    void connected() {
        connections.increment();
    }

    /** One tick ran: how long it took and how long after its due time it started. */
    void ticked(long nanos, long startDelayNanos, long periodNanos) {
        ticks.increment();
        tickNanos.add(nanos);
        tickTimes.record(nanos);
        startDelays.record(startDelayNanos);
        if (startDelayNanos > periodNanos) {
            missedTicks.increment();
        }
        tickObserver.accept(nanos);
    }

    /** Ticks that were due but never ran (the match resynchronised to the clock after a stall). */
    void skipped(long count) {
        skippedTicks.add(count);
    }

    /** Also called with every tick's time in nanoseconds, on the match's event loop (a registry's timer). */
    public synchronized void observeTicks(LongConsumer observer) {
        tickObserver = tickObserver.andThen(observer);
    }

    public long droppedCount(RejectReason... reasons) {
        long n = 0;
        for (RejectReason r : reasons) {
            n += dropped[r.ordinal()].sum();
        }
        return n;
    }

    public long droppedTotal() {
        return droppedCount(RejectReason.values());
    }

    public Map<RejectReason, Long> droppedByReason() {
        Map<RejectReason, Long> m = new EnumMap<>(RejectReason.class);
        for (RejectReason r : RejectReason.values()) {
            long n = dropped[r.ordinal()].sum();
            if (n > 0) {
                m.put(r, n);
            }
        }
        return m;
    }

    public long datagramsReceived() {
        return received.sum();
    }

    public long datagramsSent() {
        return sent.sum();
    }

    public long bytesReceived() {
        return bytesIn.sum();
    }

    public long bytesSent() {
        return bytesOut.sum();
    }

    public long connectionsAccepted() {
        return connections.sum();
    }

    public long ticks() {
        return ticks.sum();
    }

    /** Missed ticks: those that started more than one period after they were due, plus skipped ones. */
    public long missedTicks() {
        return missedTicks.sum() + skippedTicks.sum();
    }

    /** Ticks that started more than one period late (and ran). */
    public long lateTicks() {
        return missedTicks.sum();
    }

    /** Ticks that were due but never ran. */
    public long skippedTicks() {
        return skippedTicks.sum();
    }

    /**
     * The tick time below which a share {@code p} (0..1) of the ticks so far fell, in microseconds (exact
     * below 1 ms, within 1.6 % above; rounded up); -1 before the first tick.
     */
    public long tickMicrosPercentile(double p) {
        return tickTimes.percentile(p);
    }

    /** Ticks whose tick time was {@code micros} or more. */
    public long ticksAtLeastMicros(long micros) {
        return tickTimes.countAtLeast(micros);
    }

    /** Start delay (see the class comment) percentile in microseconds, as {@link #tickMicrosPercentile}. */
    public long startDelayMicrosPercentile(double p) {
        return startDelays.percentile(p);
    }

    /** Starts a measured window (benchmarks: after a warm-up); counts are not atomic with running ticks. */
    public void reset() {
        for (LongAdder a : dropped) {
            a.reset();
        }
        for (LongAdder a : new LongAdder[]{received, sent, bytesIn, bytesOut, connections, ticks, missedTicks,
                skippedTicks, tickNanos}) {
            a.reset();
        }
        tickTimes.reset();
        startDelays.reset();
    }

    public long tickNanosTotal() {
        return tickNanos.sum();
    }
}
