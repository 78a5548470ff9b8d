package gg.arena.router.http;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;

/** The router's HTTP endpoints: {@code /graphql} (POST and GET), {@code /graphiql} and {@code /health}. */
public final class HttpRoutes {
    private HttpRoutes() {
    }

    public static RouterFunction<ServerResponse> routes(GraphQLHttpHandler graphql) {
        GraphiQLPage graphiql = new GraphiQLPage();
        return RouterFunctions.route(POST("/graphql"), graphql::post)
                .andRoute(GET("/graphql").and(GraphiQLPage::wantsHtml), graphiql::render)
                .andRoute(GET("/graphql"), graphql::get)
                .andRoute(GET("/graphiql"), graphiql::render)
                .andRoute(GET("/health"), r -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"status\":\"UP\"}"));
    }
}
