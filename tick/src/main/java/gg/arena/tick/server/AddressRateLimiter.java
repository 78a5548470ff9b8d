package gg.arena.tick.server;

import java.net.InetSocketAddress;

/**
 * Per-source-address datagram budget per second, in a fixed table of counters indexed by a hash of the
 * address: nothing is allocated per address, so a flood from spoofed addresses cannot grow memory.
 * Addresses that share a slot share a budget, which only makes the limit stricter. One instance per
 * socket: with SO_REUSEPORT the kernel sends an address to the same socket every time, and each socket is
 * read by one event loop, so no synchronization is needed.
 */
final class AddressRateLimiter {

    private static final int SLOTS = 1 << 14;

    private final int perSecond;
    private final int[] counts = new int[SLOTS];
    private final long[] windows = new long[SLOTS];

    AddressRateLimiter(int perSecond) {
        this.perSecond = perSecond;
    }

    boolean allow(InetSocketAddress from, long nowMillis) {
        int h = from.hashCode() * 0x9E3779B9;
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        long window = nowMillis / 1000;
        if (windows[slot] != window) {
            windows[slot] = window;
            counts[slot] = 0;
        }
        return ++counts[slot] <= perSecond;
    }
}
