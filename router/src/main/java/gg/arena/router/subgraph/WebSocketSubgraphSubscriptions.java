package gg.arena.router.subgraph;

import gg.arena.router.config.RouterConfig;
import gg.arena.router.supergraph.Graph;
import gg.arena.router.supergraph.Supergraph;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Upstream subscriptions over graphql-transport-ws with reactor-netty's WebSocket client.
 *
 * <ul>
 *   <li>One connection per subgraph instance URL (the {@code http(s)} routing URL as {@code ws(s)}, same path),
 *       opened on first use. A subgraph with several instances gets its new upstream subscriptions round robin.</li>
 *   <li>Identical subscriptions ({@link UpstreamWsKey}: subgraph, document, variables, {@code Authorization}) share
 *       one upstream subscription; a late joiner gets the events after it joined. When the last subscriber leaves,
 *       {@code complete} goes upstream; a connection left without subscriptions closes after
 *       {@link Settings#idleGrace()}.</li>
 *   <li>The connection carries no viewer. Each subscription carries its client's {@code Authorization} in the
 *       subscribe payload as {@code extensions.headers.Authorization}, which the subgraphs verify per operation.</li>
 *   <li>Upstream {@code error} ends that subscription's subscribers with a {@link SubgraphException}; a closed or
 *       failed socket ends every subscription on it the same way, and the next subscribe opens a new one.</li>
 *   <li>Each subscriber has a bounded queue ({@link Settings#subscriberBuffer()}); see {@link UpstreamWsSubscriber}
 *       for what happens to one that falls behind.</li>
 * </ul>
 */
public final class WebSocketSubgraphSubscriptions implements SubgraphSubscriptions, UpstreamWsConnection.Events {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebSocketSubgraphSubscriptions.class);

    /**
     * @param ackTimeout       how long a subgraph may take to answer {@code connection_init}
     * @param keepAlive        interval of {@code ping}s on each connection (zero: none); a ping unanswered for
     *                         longer than {@code ackTimeout} ends the connection
     * @param idleGrace        how long a connection without subscriptions stays open for the next one
     * @param subscriberBuffer events queued per subscriber that has not asked for them yet
     * @param maxMessageBytes  largest message accepted from a subgraph
     */
    public record Settings(Duration ackTimeout, Duration keepAlive, Duration idleGrace, int subscriberBuffer,
                           int maxMessageBytes) {
        public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), Duration.ofSeconds(15),
                Duration.ofSeconds(5), 256, 1 << 20);

        public Settings {
            if (ackTimeout.isNegative() || ackTimeout.isZero() || keepAlive.isNegative() || idleGrace.isNegative()
                    || subscriberBuffer < 1 || maxMessageBytes < 1024) {
                throw new IllegalArgumentException("invalid subscription settings " + this);
            }
        }
    }

    private final Map<String, List<URI>> instances;
    private final Map<String, AtomicInteger> roundRobin = new HashMap<>();
    private final Settings settings;
    private final JsonMapper mapper;
    private final Object lock = new Object();
    private final Map<URI, UpstreamWsConnection> connections = new HashMap<>();
    private final Map<UpstreamWsKey, UpstreamWsSubscription> shared = new HashMap<>();
    private boolean closed;

    /** Subgraph URLs as {@link HttpSubgraphClient} resolves them: config {@code urls}, else {@code join__graph}. */
    public WebSocketSubgraphSubscriptions(Supergraph supergraph, RouterConfig config, JsonMapper mapper) {
        this(urls(supergraph, config), Settings.DEFAULTS, mapper);
    }

    /** @param urls the http(s) (or ws(s)) URLs of each subgraph's instances, by subgraph name */
    public WebSocketSubgraphSubscriptions(Map<String, List<String>> urls, Settings settings, JsonMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
        Map<String, List<URI>> byName = new HashMap<>();
        urls.forEach((name, list) -> {
            byName.put(name, list.stream().map(WebSocketSubgraphSubscriptions::webSocketUri).toList());
            roundRobin.put(name, new AtomicInteger());
        });
        this.instances = Map.copyOf(byName);
    }

    static Map<String, List<String>> urls(Supergraph supergraph, RouterConfig config) {
        Map<String, List<String>> urls = new LinkedHashMap<>();
        for (Graph g : supergraph.graphs().values()) {
            List<String> configured = config.subgraph(g.name()).urls();
            urls.put(g.name(), configured.isEmpty() ? List.of(g.url()) : configured);
        }
        return urls;
    }

    /** {@code http://h:p/graphql} → {@code ws://h:p/graphql}, {@code https} → {@code wss}; ws(s) kept. */
    static URI webSocketUri(String url) {
        URI u = URI.create(url);
        String scheme = switch (u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT)) {
            case "http", "ws" -> "ws";
            case "https", "wss" -> "wss";
            default -> throw new IllegalArgumentException("subgraph URL must be http(s) or ws(s): " + url);
        };
        try {
            return new URI(scheme, u.getRawUserInfo() == null ? null : u.getUserInfo(), u.getHost(), u.getPort(),
                    u.getPath() == null || u.getPath().isEmpty() ? "/" : u.getPath(), u.getQuery(), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("bad subgraph URL " + url, e);
        }
    }

    @Override
    public Flux<Map<String, Object>> subscribe(String name, String query, Map<String, Object> variables,
                                               RequestHeaders headers) {
        return Flux.defer(() -> {
            List<URI> uris = instances.get(name);
            if (uris == null || uris.isEmpty()) {
                return Flux.error(new SubgraphException(name, "unknown subgraph " + name, null));
            }
            UpstreamWsKey key = new UpstreamWsKey(name, query, variables, authorization(headers));
            UpstreamWsSubscriber subscriber = new UpstreamWsSubscriber(name, settings.subscriberBuffer());
            SubgraphException refused = join(key, uris, subscriber);
            if (refused != null) {
                return Flux.error(refused);
            }
            return subscriber.flux().doFinally(signal -> leave(subscriber));
        });
    }

    private SubgraphException join(UpstreamWsKey key, List<URI> uris, UpstreamWsSubscriber subscriber) {
        UpstreamWsConnection opened = null;
        UpstreamWsSubscription created = null;
        synchronized (lock) {
            if (closed) {
                return new SubgraphException(key.subgraph(), "subgraph subscriptions are closed", null);
            }
            UpstreamWsSubscription upstream = shared.get(key);
            if (upstream == null) {
                URI uri = uris.get(Math.floorMod(roundRobin.get(key.subgraph()).getAndIncrement(), uris.size()));
                UpstreamWsConnection connection = connections.get(uri);
                if (connection == null) {
                    connection = new UpstreamWsConnection(key.subgraph(), uri, settings, mapper, this);
                    connections.put(uri, connection);
                    opened = connection;
                }
                if (connection.idleClose != null) {
                    connection.idleClose.dispose();
                    connection.idleClose = null;
                }
                connection.live++;
                upstream = new UpstreamWsSubscription(key, connection, connection.nextId());
                shared.put(key, upstream);
                created = upstream;
            }
            upstream.add(subscriber);
            subscriber.upstream = upstream;
        }
        if (opened != null) {
            opened.start();
        }
        if (created != null) {
            created.connection.subscribe(created);
        }
        return null;
    }

    /** A subscriber cancelled, completed or failed; the last one out completes the upstream subscription. */
    private void leave(UpstreamWsSubscriber subscriber) {
        UpstreamWsSubscription last = null;
        synchronized (lock) {
            UpstreamWsSubscription upstream = subscriber.upstream;
            if (upstream == null || !upstream.remove(subscriber)) {
                return;
            }
            subscriber.upstream = null;
            if (upstream.isEmpty() && shared.get(upstream.key) == upstream) {
                shared.remove(upstream.key);
                released(upstream.connection);
                last = upstream;
            }
        }
        if (last != null) {
            last.connection.complete(last);
        }
    }

    /** One subscription fewer on {@code connection}; without any left it closes after the grace. Holds the lock. */
    private void released(UpstreamWsConnection connection) {
        if (--connection.live > 0 || connections.get(connection.uri) != connection) {
            return;
        }
        Disposable previous = connection.idleClose;
        if (previous != null) {
            previous.dispose();
        }
        connection.idleClose = Mono.delay(settings.idleGrace()).subscribe(t -> {
            boolean close;
            synchronized (lock) {
                close = connection.live == 0 && connections.get(connection.uri) == connection;
                if (close) {
                    connections.remove(connection.uri);
                }
            }
            if (close) {
                connection.close("idle");
            }
        });
    }

    @Override
    public void next(UpstreamWsSubscription subscription, Map<String, Object> payload) {
        for (UpstreamWsSubscriber slow : subscription.next(payload)) {
            leave(slow);
        }
    }

    @Override
    public void ended(UpstreamWsSubscription subscription, SubgraphException error) {
        List<UpstreamWsSubscriber> subscribers;
        synchronized (lock) {
            if (shared.get(subscription.key) == subscription) {
                shared.remove(subscription.key);
                released(subscription.connection);
            }
            subscribers = detach(subscription);
        }
        for (UpstreamWsSubscriber s : subscribers) {
            if (error == null) {
                s.complete();
            } else {
                s.error(error);
            }
        }
    }

    @Override
    public void closed(UpstreamWsConnection connection, SubgraphException cause) {
        List<UpstreamWsSubscriber> subscribers = new ArrayList<>();
        synchronized (lock) {
            if (connections.get(connection.uri) == connection) {
                connections.remove(connection.uri);
            }
            if (connection.idleClose != null) {
                connection.idleClose.dispose();
            }
            var it = shared.values().iterator();
            while (it.hasNext()) {
                UpstreamWsSubscription s = it.next();
                if (s.connection == connection) {
                    it.remove();
                    connection.live--;
                    subscribers.addAll(detach(s));
                }
            }
        }
        if (!subscribers.isEmpty()) {
            LOG.warn("{}; {} subscriber(s) ended", cause.getMessage(), subscribers.size());
        }
        subscribers.forEach(s -> s.error(cause));
    }

    /** Takes every subscriber off an ended upstream subscription. Holds the lock. */
    private static List<UpstreamWsSubscriber> detach(UpstreamWsSubscription s) {
        List<UpstreamWsSubscriber> subscribers = s.subscribers();
        for (UpstreamWsSubscriber sub : subscribers) {
            s.remove(sub);
            sub.upstream = null;
        }
        return subscribers;
    }

    private static String authorization(RequestHeaders headers) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> e : headers.values().entrySet()) {
            if (e.getKey().equalsIgnoreCase("Authorization")) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public void close() {
        List<UpstreamWsConnection> open;
        List<UpstreamWsSubscriber> subscribers = new ArrayList<>();
        synchronized (lock) {
            closed = true;
            open = new ArrayList<>(connections.values());
            connections.clear();
            for (UpstreamWsSubscription s : shared.values()) {
                subscribers.addAll(detach(s));
            }
            shared.clear();
        }
        open.forEach(c -> c.close("router shutting down"));
        subscribers.forEach(s -> s.error(new SubgraphException(s.subgraph(), "the router is shutting down", null)));
    }
}
