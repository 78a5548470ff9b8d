package gg.arena.router.http;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GraphiQL at {@code /graphiql} (and for a browser's {@code GET /graphql}). Its assets come from WebJars on the
 * class path and are served under {@code /webjars/**}, so it works without network access.
 */
public final class GraphiQLPage {
    static final String GRAPHIQL_VERSION = "2.4.7";
    static final String REACT_VERSION = "18.3.1";
    static final String GRAPHQL_WS_VERSION = "5.16.0";

    private final String html;

    public GraphiQLPage() {
        try (InputStream in = GraphiQLPage.class.getResourceAsStream("/graphiql/index.html")) {
            this.html = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@GRAPHIQL@", GRAPHIQL_VERSION).replace("@REACT@", REACT_VERSION)
                    .replace("@GRAPHQL_WS@", GRAPHQL_WS_VERSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Mono<ServerResponse> render(ServerRequest request) {
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(html);
    }

    /** Whether a GET without a query comes from a browser (it asks for HTML). */
    static boolean wantsHtml(ServerRequest request) {
        return request.queryParam("query").isEmpty() && request.headers().accept().stream()
                .anyMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType());
    }
}
