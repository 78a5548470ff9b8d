package gg.arena.router;

import gg.arena.router.auth.AuthSettings;
import gg.arena.router.auth.BearerTokens;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.http.GraphQLHttpHandler;
import gg.arena.router.http.HttpRoutes;
import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.reload.RouterHolder;
import gg.arena.router.reload.SnapshotFactory;
import gg.arena.router.reload.SupergraphHealth;
import gg.arena.router.reload.SupergraphReloader;
import gg.arena.router.subgraph.SubgraphSubscriptions;
import gg.arena.router.subgraph.WebSocketSubgraphSubscriptions;
import gg.arena.router.subscription.GraphQLWsHandler;
import gg.arena.router.subscription.WebSocketUpgrades;
import gg.arena.router.supergraph.Supergraph;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** Wires the pipeline: the served router (swapped on reload), HTTP routes. */
@Configuration(proxyBeanMethods = false)
class RouterBeans {
    @Bean
    JsonMapper routerJsonMapper() {
        return JsonMapper.builder().build();
    }

    /** Builds the client and router of each supergraph served (the first one and every reload). */
    @Bean
    SnapshotFactory snapshotFactory(
            RouterConfig config, JsonMapper mapper,
            org.springframework.beans.factory.ObjectProvider<RouterInstrumentation> instrumentation,
            org.springframework.beans.factory.ObjectProvider<SubgraphSubscriptions> fixedUpstream) {
        // Each supergraph gets its own upstream WebSocket client for its routing URLs, closed with it; a
        // SubgraphSubscriptions bean, when one is defined (tests, embedding), serves every supergraph instead.
        SubgraphSubscriptions fixed = fixedUpstream.getIfAvailable();
        return new SnapshotFactory(config, mapper, instrumentation.getIfAvailable(() -> RouterInstrumentation.NOOP),
                fixed != null ? SnapshotFactory.shared(fixed)
                        : supergraph -> new WebSocketSubgraphSubscriptions(supergraph, config, mapper));
    }

    /** The router serving now; reloads swap it (see {@link SupergraphReloader}). */
    @Bean(destroyMethod = "close")
    RouterHolder routerHolder(Supergraph supergraph, SnapshotFactory snapshots) {
        return new RouterHolder(snapshots.build(supergraph));
    }

    @Bean(destroyMethod = "close")
    SupergraphReloader supergraphReloader(RouterConfig config, SnapshotFactory snapshots, RouterHolder holder,
                                          io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry) {
        return SupergraphReloader.forConfig(config, snapshots, holder, registry);
    }

    /** Client bearer tokens are checked at the router with the secret the subgraphs share. */
    @Bean
    BearerTokens bearerTokens(org.springframework.core.env.Environment environment) {
        return new BearerTokens(AuthSettings.resolve(environment::getProperty, System::getenv),
                java.time.Clock.systemUTC());
    }

    /** graphql-transport-ws on {@code /graphql} for WebSocket upgrades; other requests go to the HTTP routes. */
    @Bean
    WebSocketUpgrades graphqlWebSocket(RouterHolder routers, BearerTokens tokens, RouterConfig config,
                                       JsonMapper mapper) {
        return new WebSocketUpgrades("/graphql", new GraphQLWsHandler(routers, tokens, config.subscriptions(), mapper),
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
    RouterFunction<ServerResponse> graphqlRoutes(RouterHolder routers, SupergraphReloader reloader, JsonMapper mapper,
                                                 RouterConfig config,
                                                 io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry,
                                                 BearerTokens tokens) {
        // /health with the served supergraph comes first, so it answers instead of the plain one in HttpRoutes.
        return SupergraphHealth.route(reloader, mapper)
                .and(HttpRoutes.routes(new GraphQLHttpHandler(routers, mapper, config.exposeQueryPlan(), tokens,
                        config.subscriptions().heartbeatInterval())))
                .andRoute(org.springframework.web.reactive.function.server.RequestPredicates.GET("/metrics"),
                        r -> ServerResponse.ok()
                                .contentType(org.springframework.http.MediaType.parseMediaType(
                                        "text/plain; version=0.0.4; charset=utf-8"))
                                .bodyValue(registry.scrape()));
    }
}
