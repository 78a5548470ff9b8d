package gg.arena.matches.tick;

import gg.arena.tick.auth.TokenKey;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The real-time tick server hosted by the matches service ({@code arena.tick.*}).
 *
 * @param enabled whether the UDP server runs in this process; without it joinMatch answers TICK_UNAVAILABLE
 *     (default true)
 * @param bindHost address the UDP sockets bind (default 0.0.0.0)
 * @param port UDP port; 0 picks a free one, as the tests do (default 7777)
 * @param publicHost host name clients are told to connect to in joinMatch (default 127.0.0.1)
 * @param sockets sockets sharing the port with SO_REUSEPORT under epoll, one event loop each (default 2)
 * @param tickRate simulation and snapshot rate, 10..128 Hz (default 30)
 * @param matchDuration length of a match once its server opened it (default 2m)
 * @param idleTimeout a client silent for this long is disconnected (default 10s)
 * @param tokenKey base64 AES key shared with every tick server, sealing connect tokens (env
 *     ARENA_TICK_TOKEN_KEY; the default is for development only)
 * @param tokenLifetime how long a connect token can be used to connect (default 30s)
 */
@ConfigurationProperties("arena.tick")
public record TickProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.0.0.0") String bindHost,
        @DefaultValue("7777") int port,
        @DefaultValue("127.0.0.1") String publicHost,
        @DefaultValue("2") int sockets,
        @DefaultValue("30") int tickRate,
        @DefaultValue("2m") Duration matchDuration,
        @DefaultValue("10s") Duration idleTimeout,
        @DefaultValue(TokenKey.DEV_DEFAULT) String tokenKey,
        @DefaultValue("30s") Duration tokenLifetime) {

    public TickProperties {
        if (tickRate < 10 || tickRate > 128) {
            throw new IllegalArgumentException("arena.tick.tick-rate must be 10..128, got " + tickRate);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("arena.tick.port must be 0..65535");
        }
        if (tokenLifetime == null || tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("arena.tick.token-lifetime must be positive");
        }
        TokenKey.fromBase64(tokenKey); // fails start-up on a malformed key, naming the property
    }
}
