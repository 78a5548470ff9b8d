package gg.arena.subgraph.auth;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens on graphql-transport-ws connections. A client may send its token in the
 * {@code connection_init} payload as {@code {"Authorization": "Bearer <token>"}} (the key
 * {@code authorization} works too), or in the {@code Authorization} header of the HTTP upgrade
 * request; when both are present the payload wins. A payload token is verified at
 * {@code connection_init}: a bad one closes the socket with 4401 Unauthorized. Without any token
 * the connection is accepted, and fields that need a player fail with UNAUTHENTICATED.
 */
public final class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

    /** Session attribute and GraphQL context key holding the connection's bearer token. */
    public static final String CONNECTION_TOKEN = WebSocketAuthentication.class.getName() + ".token";

    private final BearerTokens tokens;

    public WebSocketAuthentication(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Object value = payload.containsKey("Authorization") ? payload.get("Authorization") : payload.get("authorization");
        if (value == null) {
            return Mono.empty();
        }
        if (!(value instanceof String header) || !Viewer.isBearer(header)) {
            return Mono.error(new IllegalArgumentException("connection_init Authorization must be 'Bearer <token>'"));
        }
        String token = Viewer.tokenOf(header);
        return Mono.fromCallable(() -> tokens.verify(token))
                .doOnNext(principal -> session.getAttributes().put(CONNECTION_TOKEN, token))
                .then(Mono.empty());
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest socket
                && socket.getSessionInfo().getAttributes().get(CONNECTION_TOKEN) instanceof String token) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(CONNECTION_TOKEN, token)).build());
        }
        return chain.next(request);
    }
}
