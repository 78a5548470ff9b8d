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

    void ticked(long nanos, boolean late) {
        ticks.increment();
        tickNanos.add(nanos);
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

    public long tickNanosTotal() {
        return tickNanos.sum();
    }
}
