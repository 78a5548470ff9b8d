package gg.arena.bench.subscriptions;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Everything the subscribers count while a run goes on, shared by all connections (written from
 * the WebSocket event loops, read by the run). Latencies are microseconds, publish → receive.
 */
public final class Tally {

    /** Distinct error texts kept (each with its count); later new texts are only counted. */
    static final int MAX_ERROR_KINDS = 40;

    final Histogram latencyMicros = new SynchronizedHistogram(1, 600_000_000L, 3);
    final LongAdder duplicates = new LongAdder();
    final LongAdder misrouted = new LongAdder();
    final LongAdder beforeArmed = new LongAdder();
    final LongAdder deliveriesWithErrors = new LongAdder();
    final LongAdder warmUpReceipts = new LongAdder();
    final LongAdder foreignMessages = new LongAdder();
    final LongAdder completedByServer = new LongAdder();
    final LongAdder subscriptionErrors = new LongAdder();
    final AtomicInteger armed = new AtomicInteger();
    final AtomicInteger acked = new AtomicInteger();
    final AtomicInteger connectFailures = new AtomicInteger();
    final AtomicInteger closedByServer = new AtomicInteger();
    private final Map<String, LongAdder> closeCodes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder otherErrors = new LongAdder();

    void closeCode(String code) {
        closeCodes.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    /** Counts an error by its text (first {@value #MAX_ERROR_KINDS} kinds by name, the rest together). */
    void error(String where, String text) {
        String key = where + ": " + (text == null ? "(no message)" : text.length() > 300 ? text.substring(0, 300) + "…" : text);
        LongAdder count = errors.get(key);
        if (count == null && errors.size() >= MAX_ERROR_KINDS) {
            otherErrors.increment();
            return;
        }
        errors.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    Map<String, Long> closeCodes() {
        Map<String, Long> out = new TreeMap<>();
        closeCodes.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    Map<String, Long> errors() {
        Map<String, Long> out = new TreeMap<>();
        errors.forEach((k, v) -> out.put(k, v.sum()));
        if (otherErrors.sum() > 0) {
            out.put("(other error kinds)", otherErrors.sum());
        }
        return out;
    }
}
