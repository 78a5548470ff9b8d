package gg.arena.subgraph.config;

import gg.arena.subgraph.auth.AuthProperties;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.Viewer;
import gg.arena.subgraph.errors.ArenaExceptionResolver;
import gg.arena.subgraph.scalars.DateTimeScalar;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Registers what every subgraph shares; each bean can be replaced by declaring one of the same type. */
@AutoConfiguration
@EnableConfigurationProperties(AuthProperties.class)
public class ArenaSubgraphAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    public BearerTokens bearerTokens(AuthProperties properties, Clock clock) {
        return new BearerTokens(properties, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public Viewer viewer(BearerTokens tokens) {
        return new Viewer(tokens);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public ArenaExceptionResolver arenaExceptionResolver() {
        return new ArenaExceptionResolver();
    }

    @Bean
    public DateTimeScalar dateTimeScalar() {
        return new DateTimeScalar();
    }
}
