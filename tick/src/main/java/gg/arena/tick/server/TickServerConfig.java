package gg.arena.tick.server;

import java.time.Duration;

/**
 * Configuration of the tick server.
 *
 * @param host              address to bind (0.0.0.0 for all)
 * @param port              UDP port; 0 picks a free one (tests)
 * @param sockets           sockets bound to the port with SO_REUSEPORT when epoll is available, each with
 *                          its own event loop; 1 otherwise
 * @param tickRate          simulation rate in Hz, 10..128
 * @param matchDuration     length of a match
 * @param idleTimeout       a client heard nothing from for this long is disconnected
 * @param packetsPerSecond  per source address budget; datagrams beyond it are dropped uncounted work
 * @param maxUsedTokens     used-token nonces remembered at once (bounds memory under a token flood)
 */
public record TickServerConfig(String host, int port, int sockets, int tickRate, Duration matchDuration,
                               Duration idleTimeout, int packetsPerSecond, int maxUsedTokens) {

    public TickServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (sockets < 1 || sockets > 64) {
            throw new IllegalArgumentException("sockets must be 1..64");
        }
        if (tickRate < 10 || tickRate > 128) {
            throw new IllegalArgumentException("tick rate must be 10..128 Hz");
        }
        if (packetsPerSecond < tickRate) {
            throw new IllegalArgumentException("packetsPerSecond must allow at least one input per tick");
        }
    }

    public static TickServerConfig defaults() {
        return new TickServerConfig("0.0.0.0", 7777, Math.max(1, Runtime.getRuntime().availableProcessors()), 30,
                Duration.ofMinutes(2), Duration.ofSeconds(10), 400, 100_000);
    }

    public TickServerConfig withPort(int p) {
        return new TickServerConfig(host, p, sockets, tickRate, matchDuration, idleTimeout, packetsPerSecond,
                maxUsedTokens);
    }

    public TickServerConfig withHost(String h) {
        return new TickServerConfig(h, port, sockets, tickRate, matchDuration, idleTimeout, packetsPerSecond,
                maxUsedTokens);
    }

    public TickServerConfig withMatchDuration(Duration d) {
        return new TickServerConfig(host, port, sockets, tickRate, d, idleTimeout, packetsPerSecond, maxUsedTokens);
    }

    public TickServerConfig withIdleTimeout(Duration d) {
        return new TickServerConfig(host, port, sockets, tickRate, matchDuration, d, packetsPerSecond, maxUsedTokens);
    }

    public TickServerConfig withTickRate(int hz) {
        return new TickServerConfig(host, port, sockets, hz, matchDuration, idleTimeout, Math.max(packetsPerSecond, hz),
                maxUsedTokens);
    }

    public TickServerConfig withPacketsPerSecond(int n) {
        return new TickServerConfig(host, port, sockets, tickRate, matchDuration, idleTimeout, n, maxUsedTokens);
    }
}
