package gg.arena.router;

import gg.arena.router.auth.AuthSettings;
import gg.arena.router.auth.BearerTokens;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.http.GraphQLHttpHandler;
import gg.arena.router.http.HttpRoutes;
import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.subgraph.HttpSubgraphClient;
import gg.arena.router.subgraph.SubgraphSubscriptions;
import gg.arena.router.subscription.GraphQLWsHandler;
import gg.arena.router.subscription.NoUpstreamSubscriptions;
import gg.arena.router.subscription.WebSocketUpgrades;
import gg.arena.router.supergraph.Supergraph;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** Wires the pipeline: subgraph client, router, HTTP routes. */
@Configuration(proxyBeanMethods = false)
class RouterBeans {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RouterBeans.class);

    @Bean
    JsonMapper routerJsonMapper() {
        return JsonMapper.builder().build();
    }

    @Bean(destroyMethod = "close")
    HttpSubgraphClient subgraphClient(Supergraph supergraph, RouterConfig config, JsonMapper mapper) {
        for (var g : supergraph.graphs().values()) {
            var urls = config.subgraph(g.name()).urls();
            LOG.info("subgraph {} at {}", g.name(), urls.isEmpty() ? g.url() : String.join(", ", urls));
        }
        return new HttpSubgraphClient(supergraph, config, mapper);
    }

    /** Upstream subscriptions over graphql-transport-ws, to the same subgraph URLs as {@link HttpSubgraphClient}. */
    @Bean(destroyMethod = "close")
    SubgraphSubscriptions subgraphSubscriptions(Supergraph supergraph, RouterConfig config, JsonMapper mapper) {
        return new gg.arena.router.subgraph.WebSocketSubgraphSubscriptions(supergraph, config, mapper);
    }

    @Bean
    Router router(Supergraph supergraph, HttpSubgraphClient client, JsonMapper mapper, RouterConfig config,
                  org.springframework.beans.factory.ObjectProvider<RouterInstrumentation> instrumentation,
                  org.springframework.beans.factory.ObjectProvider<SubgraphSubscriptions> subscriptions) {
        return new Router(supergraph, client, subscriptions.getIfAvailable(NoUpstreamSubscriptions::new), mapper,
                config.planCacheSize(), instrumentation.getIfAvailable(() -> RouterInstrumentation.NOOP));
    }

    /** Client bearer tokens are checked at the router with the secret the subgraphs share. */
    @Bean
    BearerTokens bearerTokens(org.springframework.core.env.Environment environment) {
        return new BearerTokens(AuthSettings.resolve(environment::getProperty, System::getenv),
                java.time.Clock.systemUTC());
    }

    /** graphql-transport-ws on {@code /graphql} for WebSocket upgrades; other requests go to the HTTP routes. */
    @Bean
    WebSocketUpgrades graphqlWebSocket(Router router, BearerTokens tokens, RouterConfig config, JsonMapper mapper) {
        return new WebSocketUpgrades("/graphql", new GraphQLWsHandler(router, tokens, config.subscriptions(), mapper),
                config.subscriptions().maxMessageBytes());
    }

    @Bean
    io.micrometer.prometheusmetrics.PrometheusMeterRegistry prometheusRegistry() {
        return new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
    }

    @Bean
    RouterInstrumentation metricsInstrumentation(io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry) {
        return new gg.arena.router.instrument.MetricsInstrumentation(registry);
    }

    @Bean
    RouterFunction<ServerResponse> graphqlRoutes(Router router, JsonMapper mapper, RouterConfig config,
                                                 io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry,
                                                 BearerTokens tokens) {
        return HttpRoutes.routes(new GraphQLHttpHandler(router, mapper, config.exposeQueryPlan(), tokens,
                        config.subscriptions().heartbeatInterval()))
                .andRoute(org.springframework.web.reactive.function.server.RequestPredicates.GET("/metrics"),
                        r -> ServerResponse.ok()
                                .contentType(org.springframework.http.MediaType.parseMediaType(
                                        "text/plain; version=0.0.4; charset=utf-8"))
                                .bodyValue(registry.scrape()));
    }
}
