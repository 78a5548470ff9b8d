package gg.arena.router.reload;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /health}: {@code {"status":"UP","supergraph":{"hash":…,"since":…,"source":…,"reloads":…,
 * "failedReloads":…,"problems":[…]}}}, so an operator sees which supergraph is served and why a change was not.
 */
public final class SupergraphHealth {
    private SupergraphHealth() {
    }

    public static RouterFunction<ServerResponse> route(SupergraphReloader reloader, JsonMapper mapper) {
        return RouterFunctions.route(RequestPredicates.GET("/health"), r -> ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON).bodyValue(mapper.writeValueAsBytes(body(reloader.status()))));
    }

    static ObjectNode body(ReloadStatus s) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", "UP");
        ObjectNode sg = body.putObject("supergraph");
        sg.put("hash", s.served().hash());
        sg.put("since", s.served().since().toString());
        sg.put("source", s.source());
        sg.put("reloads", s.reloads());
        sg.put("failedReloads", s.failedReloads());
        ArrayNode problems = sg.putArray("problems");
        s.problems().forEach(problems::add);
        if (s.rejectedAt() != null) {
            sg.put("rejectedAt", s.rejectedAt().toString());
        }
        return body;
    }
}
