package gg.arena.players;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL operations to a running subgraph over real HTTP and reads the JSON answer. */
public final class GraphQlHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    public GraphQlHttp(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    public Result post(String query) {
        return post(query, Map.of(), null);
    }

    public Result post(String query, Map<String, ?> variables) {
        return post(query, variables, null);
    }

    /** Sends the operation with {@code Authorization: <authorization>} when that is not null. */
    public Result post(String query, Map<String, ?> variables, String authorization) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
            }
            return new Result(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError("POST " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A GraphQL response. */
    public record Result(JsonNode json) {

        /** The node at a JSON pointer under {@code data}, e.g. {@code /player/id}. */
        public JsonNode data(String pointer) {
            return json.at("/data" + pointer);
        }

        public String string(String pointer) {
            return data(pointer).asString();
        }

        public JsonNode errors() {
            return json.path("errors");
        }

        public boolean hasErrors() {
            return !json.path("errors").isMissingNode() && !json.path("errors").isEmpty();
        }

        /** {@code extensions.code} of the first error, or null without errors. */
        public String errorCode() {
            return hasErrors() ? json.at("/errors/0/extensions/code").asString(null) : null;
        }

        public String errorMessage() {
            return hasErrors() ? json.at("/errors/0/message").asString(null) : null;
        }

        /** Fails unless the response carries no errors. */
        public Result ok() {
            if (hasErrors()) {
                throw new AssertionError("unexpected errors: " + json.get("errors"));
            }
            return this;
        }

        @Override
        public String toString() {
            return json.toString();
        }
    }
}
