package gg.arena.router.subscription;

import gg.arena.router.auth.BearerTokens;
import gg.arena.router.config.SubscriptionConfig;
import gg.arena.router.reload.RouterHolder;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** Serves graphql-transport-ws on the router's WebSocket: one {@link GraphQLWsConnection} per socket. */
public final class GraphQLWsHandler implements WebSocketHandler {
    private final RouterHolder routers;
    private final BearerTokens tokens;
    private final SubscriptionConfig limits;
    private final JsonMapper mapper;

    public GraphQLWsHandler(RouterHolder routers, BearerTokens tokens, SubscriptionConfig limits, JsonMapper mapper) {
        this.routers = routers;
        this.tokens = tokens;
        this.limits = limits;
        this.mapper = mapper;
    }

    @Override
    public List<String> getSubProtocols() {
        return List.of(GraphQLWs.SUBPROTOCOL);
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        return new GraphQLWsConnection(session, routers, tokens, limits, mapper).run();
    }
}
