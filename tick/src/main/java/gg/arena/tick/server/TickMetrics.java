package gg.arena.tick.server;

import gg.arena.tick.wire.RejectReason;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the tick server, cheap to bump from any event loop; exposed through getters. */
public final class TickMetrics {

    private final LongAdder[] dropped = new LongAdder[RejectReason.values().length];
    private final LongAdder received = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder bytesIn = new LongAdder();
    private final LongAdder bytesOut = new LongAdder();
    private final LongAdder connections = new LongAdder();
    private final LongAdder ticks = new LongAdder();
    private final LongAdder missedTicks = new LongAdder();
    private final LongAdder tickNanos = new LongAdder();
    /** Tick durations by whole microsecond below 4096 µs; the last bucket holds every longer tick. */
    private final LongAdder[] tickMicros = new LongAdder[4097];

    public TickMetrics() {
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = new LongAdder();
        }
        for (int i = 0; i < tickMicros.length; i++) {
            tickMicros[i] = new LongAdder();
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

    void ticked(long nanos, boolean late) {
        ticks.increment();
        tickNanos.add(nanos);
        tickMicros[(int) Math.min(tickMicros.length - 1, nanos / 1000)].increment();
        if (late) {
            missedTicks.increment();
        }
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

    /** Ticks that started later than one tick period after they were due. */
    public long missedTicks() {
        return missedTicks.sum();
    }

    /**
     * The tick duration below which a share {@code p} (0..1) of the ticks so far fell, in microseconds
     * (exact to the microsecond up to 4 ms; 4096 means "4 ms or more"); -1 before the first tick.
     */
    public long tickMicrosPercentile(double p) {
        long total = 0;
        long[] counts = new long[tickMicros.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = tickMicros[i].sum();
            total += counts[i];
        }
        if (total == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return i + 1; // upper edge of the bucket
            }
        }
        return counts.length;
    }

    public long tickNanosTotal() {
        return tickNanos.sum();
    }
}
