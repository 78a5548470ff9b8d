package gg.arena.matches.tick;

import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.auth.TokenKey;
import gg.arena.tick.server.TickMeterBinder;
import gg.arena.tick.server.TickServer;
import gg.arena.tick.server.TickServerConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the UDP tick server inside the matches app, and the connect-token issuer joinMatch uses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TickProperties.class)
public class TickConfiguration {

    @Bean
    ConnectTokens connectTokens(TickProperties properties) {
        return new ConnectTokens(TokenKey.fromBase64(properties.tokenKey()), properties.tokenLifetime());
    }

    /** Bound at start-up: a port already taken fails the start instead of a silent half-working service. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "arena.tick.enabled", havingValue = "true", matchIfMissing = true)
    TickServer tickServer(TickProperties properties, MatchResultRecorder recorder) throws InterruptedException {
        TickServerConfig defaults = TickServerConfig.defaults();
        TickServerConfig config = new TickServerConfig(properties.bindHost(), properties.port(), properties.sockets(),
                properties.tickRate(), properties.matchDuration(), properties.idleTimeout(),
                Math.max(defaults.packetsPerSecond(), 4 * properties.tickRate()), defaults.maxUsedTokens());
        return new TickServer(config, TokenKey.fromBase64(properties.tokenKey()), recorder).start();
    }

    /**
     * The tick server's meters (arena.tick.*: ticks, tick time, missed ticks, matches, clients, datagrams,
     * bytes, drops by reason); Actuator binds every MeterBinder bean to its registry, so they are served at
     * /actuator/prometheus and /actuator/metrics.
     */
    @Bean
    @ConditionalOnBean(TickServer.class)
    TickMeterBinder tickMeters(TickServer tickServer) {
        return new TickMeterBinder(tickServer);
    }
}
