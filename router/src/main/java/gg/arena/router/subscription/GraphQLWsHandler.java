package gg.arena.router.subscription;

import gg.arena.router.Router;
import gg.arena.router.auth.BearerTokens;
import gg.arena.router.config.SubscriptionConfig;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** Serves graphql-transport-ws on the router's WebSocket: one {@link GraphQLWsConnection} per socket. */
public final class GraphQLWsHandler implements WebSocketHandler {
    private final Router router;
    private final BearerTokens tokens;
    private final SubscriptionConfig limits;
    private final JsonMapper mapper;

    public GraphQLWsHandler(Router router, BearerTokens tokens, SubscriptionConfig limits, JsonMapper mapper) {
        this.router = router;
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
        return new GraphQLWsConnection(session, router, tokens, limits, mapper).run();
    }
}
