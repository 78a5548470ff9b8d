package gg.arena.subgraph.auth;

import gg.arena.subgraph.errors.ArenaException;
import gg.arena.subgraph.errors.UnauthenticatedException;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens on graphql-transport-ws connections. A client may send its token in the
 * {@code connection_init} payload as {@code {"Authorization": "Bearer <token>"}} (the key
 * {@code authorization} works too), or in the {@code Authorization} header of the HTTP upgrade
 * request; when both are present the payload wins. A payload token is verified at
 * {@code connection_init}: a bad one closes the socket with 4401 Unauthorized. Without any token
 * the connection is accepted, and fields that need a player fail with UNAUTHENTICATED.
 *
 * <p>A router multiplexes many clients' subscriptions over one connection that speaks for no one,
 * so each {@code subscribe} may carry its own token in the payload's extensions as
 * {@code {"headers": {"Authorization": "Bearer <token>"}}}. That token is the viewer of that
 * operation and wins over the connection's. A bad one fails only that operation, with an
 * UNAUTHENTICATED error; the socket and its other subscriptions go on.
 */
public final class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

    /**
     * Session attribute holding the connection's bearer token, and GraphQL context key holding the
     * token of the operation (its own from {@code extensions.headers}, else the connection's).
     */
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
        if (!(request instanceof WebSocketGraphQlRequest socket)) {
            return chain.next(request);
        }
        String token;
        try {
            token = operationToken(request.getExtensions());
        } catch (ArenaException e) {
            return Mono.just(failed(request, e));
        }
        if (token == null && socket.getSessionInfo().getAttributes().get(CONNECTION_TOKEN) instanceof String t) {
            token = t;
        }
        if (token != null) {
            String viewer = token;
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(CONNECTION_TOKEN, viewer)).build());
        }
        return chain.next(request);
    }

    /** The verified token of {@code extensions.headers.Authorization}, or null when there is none. */
    private String operationToken(Map<String, Object> extensions) {
        Object headers = extensions == null ? null : extensions.get("headers");
        if (headers == null) {
            return null;
        }
        if (!(headers instanceof Map<?, ?> map)) {
            throw new UnauthenticatedException("extensions.headers must be an object of header names to values.");
        }
        Object value = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() instanceof String name && name.equalsIgnoreCase("Authorization")) {
                value = e.getValue();
            }
        }
        if (value == null) {
            return null;
        }
        if (!(value instanceof String header) || !Viewer.isBearer(header)) {
            throw new UnauthenticatedException("extensions.headers.Authorization must be 'Bearer <token>'.");
        }
        String token = Viewer.tokenOf(header);
        tokens.verify(token);
        return token;
    }

    /** The operation's answer without running it: one error; graphql-transport-ws sends it as next, then complete. */
    private static WebGraphQlResponse failed(WebGraphQlRequest request, ArenaException e) {
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().message(e.getMessage()).errorType(e.errorType())
                        .extensions(Map.of("code", e.code(), "classification", e.errorType().name())).build())
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
