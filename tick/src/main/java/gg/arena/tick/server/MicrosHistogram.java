package gg.arena.tick.server;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts of durations in microseconds, exact below 1024 µs and within 1/64 (1.6 %) above, up to about
 * 17 s (longer ones land in the last bucket). Lock-free and allocation-free to record from any event loop,
 * so every tick can be counted, not a sample, and a percentile is read from the whole distribution.
 */
final class MicrosHistogram {

    private static final int EXACT = 1024;
    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;
    /** Powers of two from 2^10 µs to 2^24 µs, 64 buckets each. */
    private static final int OCTAVES = 15;

    private final AtomicLongArray counts = new AtomicLongArray(EXACT + OCTAVES * SUB);

    void record(long nanos) {
        counts.incrementAndGet(index(Math.max(0, nanos / 1000)));
    }

    static int index(long micros) {
        if (micros < EXACT) {
            return (int) micros;
        }
        int octave = 63 - Long.numberOfLeadingZeros(micros); // >= 10
        int o = octave - 10;
        if (o >= OCTAVES) {
            return EXACT + OCTAVES * SUB - 1;
        }
        int sub = (int) ((micros >>> (octave - SUB_BITS)) & (SUB - 1));
        return EXACT + o * SUB + sub;
    }

    /** The end of bucket {@code index} in µs (exclusive): every duration in it was shorter. */
    static long upperEdge(int index) {
        if (index < EXACT) {
            return index + 1;
        }
        int o = (index - EXACT) / SUB;
        int sub = (index - EXACT) % SUB;
        int octave = o + 10;
        long width = 1L << (octave - SUB_BITS);
        return (1L << octave) + (sub + 1) * width;
    }

    void reset() {
        for (int i = 0; i < counts.length(); i++) {
            counts.set(i, 0);
        }
    }

    long count() {
        long n = 0;
        for (int i = 0; i < counts.length(); i++) {
            n += counts.get(i);
        }
        return n;
    }

    /**
     * The duration (µs, the end of its bucket, so rounded up) below which a share {@code p} (0..1) of the
     * recorded ones fell; -1 when nothing was recorded.
     */
    long percentile(double p) {
        long[] snapshot = new long[counts.length()];
        long total = 0;
        for (int i = 0; i < snapshot.length; i++) {
            snapshot[i] = counts.get(i);
            total += snapshot[i];
        }
        if (total == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int i = 0; i < snapshot.length; i++) {
            seen += snapshot[i];
            if (seen >= rank) {
                return upperEdge(i);
            }
        }
        return upperEdge(snapshot.length - 1);
    }

    /** How many recorded durations were {@code micros} or longer (to the bucket). */
    long countAtLeast(long micros) {
        long n = 0;
        for (int i = 0; i < counts.length(); i++) {
            if (upperEdge(i) > micros) {
                n += counts.get(i);
            }
        }
        return n;
    }
}
