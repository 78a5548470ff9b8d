package gg.arena.router;

import gg.arena.router.config.RouterConfig;
import gg.arena.router.http.GraphQLHttpHandler;
import gg.arena.router.http.HttpRoutes;
import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.subgraph.HttpSubgraphClient;
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

    @Bean
    Router router(Supergraph supergraph, HttpSubgraphClient client, JsonMapper mapper, RouterConfig config,
                  org.springframework.beans.factory.ObjectProvider<RouterInstrumentation> instrumentation) {
        return new Router(supergraph, client, mapper, config.planCacheSize(),
                instrumentation.getIfAvailable(() -> RouterInstrumentation.NOOP));
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
                                                 io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry) {
        return HttpRoutes.routes(new GraphQLHttpHandler(router, mapper, config.exposeQueryPlan()))
                .andRoute(org.springframework.web.reactive.function.server.RequestPredicates.GET("/metrics"),
                        r -> ServerResponse.ok()
                                .contentType(org.springframework.http.MediaType.parseMediaType(
                                        "text/plain; version=0.0.4; charset=utf-8"))
                                .bodyValue(registry.scrape()));
    }
}
