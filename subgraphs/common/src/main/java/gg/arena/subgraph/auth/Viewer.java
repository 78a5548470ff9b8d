package gg.arena.subgraph.auth;

import com.netflix.graphql.dgs.context.DgsContext;
import com.netflix.graphql.dgs.internal.DgsRequestData;
import gg.arena.subgraph.errors.UnauthenticatedException;
import graphql.schema.DataFetchingEnvironment;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * Reads the signed-in player from the request's {@code Authorization: Bearer …} header, or on a
 * WebSocket from the token of the {@code connection_init} payload ({@link WebSocketAuthentication}).
 * Data fetchers call {@link #require} for fields that act for a player.
 */
public final class Viewer {

    private final BearerTokens tokens;

    public Viewer(BearerTokens tokens) {
        this.tokens = tokens;
    }

    /** The player of the bearer token, or empty when the request carries none. A bad token still fails. */
    public Optional<PlayerPrincipal> optional(DataFetchingEnvironment env) {
        return bearer(env).map(tokens::verify);
    }

    /** The player of the bearer token; fails with code UNAUTHENTICATED without a valid one. */
    public PlayerPrincipal require(DataFetchingEnvironment env) {
        return optional(env).orElseThrow(() -> new UnauthenticatedException(
                "This field needs a bearer token: send 'Authorization: Bearer <token>' from login."));
    }

    private static Optional<String> bearer(DataFetchingEnvironment env) {
        String connectionToken = env.getGraphQlContext().get(WebSocketAuthentication.CONNECTION_TOKEN);
        if (connectionToken != null) {
            return Optional.of(connectionToken);
        }
        DgsRequestData request = DgsContext.getRequestData(env);
        HttpHeaders headers = request == null ? null : request.getHeaders();
        String value = headers == null ? null : headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!isBearer(value)) {
            throw new UnauthenticatedException("The Authorization header must be 'Bearer <token>'.");
        }
        return Optional.of(tokenOf(value));
    }

    static boolean isBearer(String header) {
        return header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static String tokenOf(String bearerHeader) {
        return bearerHeader.substring(7).trim();
    }
}
