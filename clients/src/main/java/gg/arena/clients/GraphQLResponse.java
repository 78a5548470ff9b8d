package gg.arena.clients;

import tools.jackson.databind.JsonNode;

/**
 * What the endpoint answered.
 *
 * @param status HTTP status code
 * @param body   the response parsed as JSON, or null when it was not JSON
 * @param raw    the response body as received
 */
public record GraphQLResponse(int status, JsonNode body, String raw) {

    /** HTTP 2xx with a JSON body that carries no {@code errors}. */
    public boolean isSuccess() {
        return status / 100 == 2 && body != null && body.isObject() && !hasErrors();
    }

    public boolean hasErrors() {
        return body != null && body.has("errors") && !body.get("errors").isEmpty();
    }
}
