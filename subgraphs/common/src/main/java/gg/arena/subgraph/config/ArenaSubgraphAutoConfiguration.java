package gg.arena.subgraph.config;

import gg.arena.subgraph.auth.AuthProperties;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.Viewer;
import gg.arena.subgraph.auth.WebSocketAuthentication;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import com.netflix.graphql.dgs.springgraphql.autoconfig.DgsSpringGraphQLAutoConfiguration;
import gg.arena.subgraph.errors.ArenaDataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandler;
import gg.arena.subgraph.scalars.DateTimeScalar;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Registers what every subgraph shares; each bean can be replaced by declaring one of the same type. */
@AutoConfiguration(before = DgsSpringGraphQLAutoConfiguration.class)
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

    /** Bearer tokens from graphql-transport-ws {@code connection_init}; Spring for GraphQL allows one such interceptor. */
    @Bean
    @ConditionalOnMissingBean(WebSocketGraphQlInterceptor.class)
    public WebSocketAuthentication webSocketAuthentication(BearerTokens tokens) {
        return new WebSocketAuthentication(tokens);
    }

    /** Replaces the framework's handler, which would send internal exception text to clients. */
    @Bean
    @ConditionalOnMissingBean
    public DataFetcherExceptionHandler arenaDataFetcherExceptionHandler() {
        return new ArenaDataFetcherExceptionHandler();
    }

    @Bean
    public DateTimeScalar dateTimeScalar() {
        return new DateTimeScalar();
    }
}
