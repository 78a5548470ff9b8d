package gg.arena.router.auth;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The GraphQL error a refused token gives, with {@code extensions.code} UNAUTHENTICATED as the subgraphs use. */
public final class Unauthenticated {
    public static final String CODE = "UNAUTHENTICATED";

    private Unauthenticated() {
    }

    /** One error object for {@code reason}. */
    public static ObjectNode error(String reason) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("message", reason);
        e.putObject("extensions").put("code", CODE);
        return e;
    }

    /** A response body ({@code errors} only: the request did not run). */
    public static ObjectNode body(String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("errors").add(error(reason));
        return body;
    }
}
