package gg.arena.bench.subscriptions;

import java.util.BitSet;

/**
 * One subscription: its channel, whether it has proved live (received a warm-up), and which
 * measured sequence numbers reached it. Written by its connection's event loop; read at the end.
 */
final class Subscriber {

    final String id;
    final int channel;
    private final BitSet received = new BitSet();
    private volatile boolean armed;
    private volatile boolean failed;
    private volatile boolean counted;

    Subscriber(String id, int channel) {
        this.id = id;
        this.channel = channel;
    }

    boolean armed() {
        return armed;
    }

    boolean failed() {
        return failed;
    }

    /** True the first time (the subscription is live from then on). */
    boolean arm() {
        if (armed) {
            return false;
        }
        armed = true;
        return true;
    }

    /** From the start of the measured phase: this subscription's deliveries are expected. */
    void count() {
        counted = true;
    }

    boolean counted() {
        return counted;
    }

    void fail() {
        failed = true;
    }

    /** False when {@code seq} had already arrived (a duplicate). */
    synchronized boolean receive(long seq) {
        int i = Math.toIntExact(seq);
        if (received.get(i)) {
            return false;
        }
        received.set(i);
        return true;
    }

    synchronized boolean got(long seq) {
        return received.get(Math.toIntExact(seq));
    }
}
