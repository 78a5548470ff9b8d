package gg.arena.router.config;

import java.time.Duration;

/**
 * Limits of the subscription transports (key {@code subscriptions}). Exceeding one gives the protocol's own answer
 * (a graphql-transport-ws {@code error} message or close code), never a stuck socket.
 *
 * @param maxSubscriptionsPerConnection operations one WebSocket may run at once (key
 *                                      {@code maxSubscriptionsPerConnection}; default 100); one more gets an
 *                                      {@code error} message with code {@code SUBSCRIPTION_LIMIT} for its id
 * @param maxMessageBytes               largest WebSocket message accepted (key {@code maxMessageBytes}; default
 *                                      262144); a larger one closes the socket with 1009 (message too big)
 * @param connectionInitTimeout         how long a WebSocket may stay without {@code connection_init} (key
 *                                      {@code connectionInitTimeout}; default 10s); then it is closed with 4408
 * @param idleTimeout                   how long a WebSocket may stay without any message from the client, pongs
 *                                      included (key {@code idleTimeout}; default 60s); then it is closed with 1001
 * @param keepAliveInterval             how often the router sends {@code ping} on an acknowledged WebSocket so that
 *                                      live clients answer {@code pong} (key {@code keepAliveInterval}; default 15s;
 *                                      shorter than {@code idleTimeout})
 * @param heartbeatInterval             how often a multipart subscription gets a {@code {}} heartbeat part and an
 *                                      SSE stream a comment line (key {@code heartbeatInterval}; default 5s)
 */
public record SubscriptionConfig(Integer maxSubscriptionsPerConnection, Integer maxMessageBytes,
                                 Duration connectionInitTimeout, Duration idleTimeout, Duration keepAliveInterval,
                                 Duration heartbeatInterval) {
    public static final SubscriptionConfig DEFAULTS = new SubscriptionConfig(null, null, null, null, null, null);

    public SubscriptionConfig {
        maxSubscriptionsPerConnection = positive("maxSubscriptionsPerConnection", maxSubscriptionsPerConnection, 100);
        maxMessageBytes = positive("maxMessageBytes", maxMessageBytes, 262_144);
        connectionInitTimeout = positive("connectionInitTimeout", connectionInitTimeout, Duration.ofSeconds(10));
        idleTimeout = positive("idleTimeout", idleTimeout, Duration.ofSeconds(60));
        keepAliveInterval = positive("keepAliveInterval", keepAliveInterval, Duration.ofSeconds(15));
        heartbeatInterval = positive("heartbeatInterval", heartbeatInterval, Duration.ofSeconds(5));
        if (keepAliveInterval.compareTo(idleTimeout) >= 0) {
            throw new ConfigException("subscriptions.keepAliveInterval (" + keepAliveInterval
                    + ") must be shorter than subscriptions.idleTimeout (" + idleTimeout + ")");
        }
    }

    private static Integer positive(String key, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value <= 0) {
            throw new ConfigException("subscriptions." + key + " must be positive, got " + value);
        }
        return value;
    }

    private static Duration positive(String key, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new ConfigException("subscriptions." + key + " must be positive, got " + value);
        }
        return value;
    }
}
