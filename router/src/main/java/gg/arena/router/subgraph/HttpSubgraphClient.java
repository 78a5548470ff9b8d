package gg.arena.router.subgraph;

import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.supergraph.Graph;
import gg.arena.router.supergraph.Supergraph;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.loadbalancer.core.RoundRobinLoadBalancer;
import org.springframework.cloud.loadbalancer.support.ServiceInstanceListSuppliers;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Subgraph requests over reactor-netty with pooled keep-alive connections. Per subgraph: spring-cloud-loadbalancer
 * round robin over the configured instances, a resilience4j circuit breaker, and a timeout. Requests are not retried:
 * a mutation must never run twice.
 */
public final class HttpSubgraphClient implements SubgraphClient, AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HttpSubgraphClient.class);
    private final JsonMapper mapper;
    private final ConnectionProvider pool;
    private final HttpClient http;
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, URI> uris = new java.util.concurrent.ConcurrentHashMap<>();

    private record Target(RoundRobinLoadBalancer balancer, CircuitBreaker breaker, Duration timeout) {
    }

    public HttpSubgraphClient(Supergraph supergraph, RouterConfig config, JsonMapper mapper) {
        this.mapper = mapper;
        // Idle connections are dropped before common server keep-alive timeouts (Node.js: 5 s) close them under
        // us; a read that still meets a connection closed by the server is sent once more (see read()).
        this.pool = ConnectionProvider.builder("subgraphs").maxConnections(1024).pendingAcquireMaxCount(-1)
                .maxIdleTime(Duration.ofSeconds(3)).evictInBackground(Duration.ofSeconds(1)).build();
        this.http = HttpClient.create(pool).keepAlive(true).compress(false)
                .headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .set(HttpHeaderNames.ACCEPT, "application/graphql-response+json, application/json"));
        CircuitBreakerConfig cbConfig = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(50).minimumNumberOfCalls(20).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(5)).permittedNumberOfCallsInHalfOpenState(5)
                .recordException(e -> !(e instanceof CallNotPermittedException)).build();
        for (Graph g : supergraph.graphs().values()) {
            SubgraphConfig sc = config.subgraph(g.name());
            List<String> urls = sc.urls().isEmpty() ? List.of(g.url()) : sc.urls();
            ServiceInstance[] instances = new ServiceInstance[urls.size()];
            for (int i = 0; i < urls.size(); i++) {
                URI u = URI.create(urls.get(i));
                instances[i] = new DefaultServiceInstance(g.name() + "-" + i, g.name(), u.getHost(),
                        u.getPort() < 0 ? ("https".equals(u.getScheme()) ? 443 : 80) : u.getPort(),
                        "https".equals(u.getScheme()), Map.of("url", urls.get(i)));
            }
            RoundRobinLoadBalancer lb = new RoundRobinLoadBalancer(
                    ServiceInstanceListSuppliers.toProvider(g.name(), instances), g.name());
            targets.put(g.name(), new Target(lb, CircuitBreaker.of(g.name(), cbConfig),
                    sc.timeout() == null ? config.subgraphTimeout() : sc.timeout()));
        }
    }

    /**
     * A query: when the server closed a pooled connection before answering (a keep-alive race), it is sent once
     * more on a fresh connection. Mutations never are.
     */
    @Override
    public Mono<JsonNode> read(String name, byte[] body, RequestHeaders headers) {
        return execute(name, body, headers).onErrorResume(e -> e instanceof SubgraphException se
                        && se.getCause() instanceof reactor.netty.http.client.PrematureCloseException,
                e -> execute(name, body, headers));
    }

    @Override
    public Mono<JsonNode> execute(String name, byte[] body, RequestHeaders headers) {
        Target t = targets.get(name);
        if (t == null) {
            return Mono.error(new SubgraphException(name, "unknown subgraph " + name, null));
        }
        return t.balancer().choose(new DefaultRequest<>())
                .flatMap(r -> {
                    if (!r.hasServer()) {
                        return Mono.error(new SubgraphException(name, "no instance of subgraph " + name, null));
                    }
                    // A URI, not a string: reactor-netty's string parsing does not take one-digit ports.
                    URI url = uris.computeIfAbsent(r.getServer().getMetadata().get("url"), URI::create);
                    HttpClient client = headers.values().isEmpty() ? http
                            : http.headers(h -> headers.values().forEach(h::set));
                    return client.post().uri(url)
                            .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                            .responseSingle((resp, content) -> content.asByteArray()
                                    .defaultIfEmpty(new byte[0])
                                    .map(bytes -> parse(name, resp.status().code(), bytes)));
                })
                .timeout(t.timeout())
                .transformDeferred(CircuitBreakerOperator.of(t.breaker()))
                .onErrorMap(e -> !(e instanceof SubgraphException), e -> new SubgraphException(name, describe(e), e))
                .doOnError(e -> LOG.warn("subgraph {} request failed: {}", name,
                        e.getCause() == null ? e.getMessage() : e.getCause().toString()));
    }

    private JsonNode parse(String name, int status, byte[] bytes) {
        JsonNode node;
        try {
            node = bytes.length == 0 ? null : mapper.readTree(bytes);
        } catch (RuntimeException e) {
            node = null;
        }
        if (node == null || !node.isObject() || (!node.has("data") && !node.has("errors"))) {
            throw new SubgraphException(name, "HTTP " + status + " without a GraphQL response", null);
        }
        return node;
    }

    private static String describe(Throwable e) {
        if (e instanceof TimeoutException) {
            return "timed out";
        }
        if (e instanceof CallNotPermittedException) {
            return "circuit breaker is open";
        }
        if (e instanceof java.net.ConnectException) {
            return "could not connect";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
