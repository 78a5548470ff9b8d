package gg.arena.router.subscription;

import gg.arena.router.RouterApplication;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.config.SubscriptionConfig;
import gg.arena.router.subgraph.SubgraphSubscriptions;
import gg.arena.router.subgraph.WebSocketSubgraphSubscriptions;
import gg.arena.router.testing.WsFixtureSubgraph;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.testing.FixtureSubgraph;
import gg.arena.router.testing.FixtureRouter;
import gg.arena.router.testing.Fixtures;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The router serving Arena's committed supergraph on a loopback port, with the subgraphs' HTTP side as in-process
 * fixture subgraphs (players and store answer entity fetches from static data) and the upstream subscriptions
 * through {@link FakeSubgraphSubscriptions}, so a test drives each event.
 */
final class SubscriptionRouter implements AutoCloseable {
    private static final Path SUBGRAPHS = FixtureRouter.FIXTURES.resolve("arena/subgraphs");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final FakeSubgraphSubscriptions upstream = new FakeSubgraphSubscriptions();
    final Map<String, FixtureSubgraph> subgraphs = new LinkedHashMap<>();
    final ConfigurableApplicationContext app;
    final int port;

    private SubscriptionRouter(SubscriptionConfig limits, WsFixtureSubgraph webSocketSocial) throws IOException {
        Supergraph supergraph = Fixtures.supergraph("arena");
        subgraphs.put("players", new FixtureSubgraph("players", sdl("players"), Map.of("entities", Map.of("Player",
                List.of(player("p-0001", "brave_fox_1", 1361), player("p-0002", "silent_hawk_2", 1500))),
                "Query", Map.of("player", Map.of("$arg", "id", "values",
                        Map.of("p-0001", player("p-0001", "brave_fox_1", 1361)))))));
        subgraphs.put("store", new FixtureSubgraph("store", sdl("store"), Map.of("entities", Map.of("Item", List.of(
                Map.of("sku", "SKU-0001", "name", "Shadow Phantom", "price", 200),
                Map.of("sku", "SKU-0002", "name", "$error:the catalogue is being rebuilt", "price", 300))))));
        for (String name : List.of("social", "matches")) {
            subgraphs.put(name, FixtureSubgraph.load(SUBGRAPHS, name));
        }
        Map<String, SubgraphConfig> urls = new HashMap<>();
        subgraphs.forEach((n, s) -> urls.put(n, new SubgraphConfig(List.of(s.url()), null)));
        if (webSocketSocial != null) {
            urls.put("social", new SubgraphConfig(List.of(webSocketSocial.url()), null));
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RouterConfig config = new RouterConfig(Fixtures.path("arena"), port, urls, Duration.ofSeconds(5), 100, true,
                limits);
        SpringApplication spring = new SpringApplication(RouterApplication.class);
        spring.setDefaultProperties(Map.of("server.port", port, "server.address", "127.0.0.1",
                "spring.main.banner-mode", "off", "spring.cloud.loadbalancer.enabled", "false",
                "spring.cloud.refresh.enabled", "false", "spring.cloud.compatibility-verifier.enabled", "false"));
        spring.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("routerConfig", config);
            ctx.getBeanFactory().registerSingleton("supergraph", supergraph);
            // Primary: it wins over the WebSocket client the application defines, without replacing its definition.
            ((org.springframework.beans.factory.support.BeanDefinitionRegistry) ctx.getBeanFactory())
                    .registerBeanDefinition("testSubgraphSubscriptions", org.springframework.beans.factory.support
                            .BeanDefinitionBuilder.genericBeanDefinition(SubgraphSubscriptions.class,
                                    () -> webSocketSocial == null ? upstream
                                            : new WebSocketSubgraphSubscriptions(supergraph, config, JSON))
                            .setPrimary(true).setDestroyMethodName("close").getBeanDefinition());
        });
        app = spring.run();
    }

    static SubscriptionRouter start(SubscriptionConfig limits) throws IOException {
        return new SubscriptionRouter(limits, null);
    }

    /** With the real upstream client: social's subscriptions go over graphql-transport-ws to {@code social}. */
    static SubscriptionRouter startWithWebSocketUpstream(WsFixtureSubgraph social) throws IOException {
        return new SubscriptionRouter(SubscriptionConfig.DEFAULTS, social);
    }

    static SubscriptionRouter start() throws IOException {
        return start(SubscriptionConfig.DEFAULTS);
    }

    private static Map<String, Object> player(String id, String handle, int rating) {
        return Map.of("id", id, "handle", handle, "displayName", handle, "region", "EU", "rating", rating);
    }

    private static String sdl(String name) throws IOException {
        return Files.readString(SUBGRAPHS.resolve(name + ".graphql"));
    }

    String http() {
        return "http://127.0.0.1:" + port + "/graphql";
    }

    String ws() {
        return "ws://127.0.0.1:" + port + "/graphql";
    }

    FixtureSubgraph subgraph(String name) {
        return subgraphs.get(name);
    }

    /** A chat message event as the social subgraph sends it for the plan's primary fetch. */
    static Map<String, Object> chatEvent(String id, String text, String authorId, String authorHandle,
                                         Map<String, Object> attachment) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("handle", authorHandle);
        author.put("__typename", "Player");
        author.put("id", authorId);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("text", text);
        message.put("author", author);
        message.put("attachment", attachment);
        return Map.of("data", Map.of("chatMessages", message));
    }

    static Map<String, Object> item(String sku) {
        return Map.of("__typename", "Item", "sku", sku);
    }

    static JsonMapper json() {
        return JSON;
    }

    @Override
    public void close() {
        app.close();
        subgraphs.values().forEach(FixtureSubgraph::close);
    }
}
