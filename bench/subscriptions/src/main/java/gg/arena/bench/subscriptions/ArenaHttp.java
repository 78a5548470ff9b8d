package gg.arena.bench.subscriptions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GraphQL over HTTP for the two things a run needs: logging demo players in and posting chat. */
public final class ArenaHttp {

    private static final String LOGIN = "mutation Login($handle: String!, $password: String!) "
            + "{ login(handle: $handle, password: $password) { token player { id } } }";
    private static final String SEND = "mutation Send($channel: String!, $text: String!) "
            + "{ sendChatMessage(channel: $channel, text: $text) { id } }";

    private final URI endpoint;
    private final HttpClient client;
    private final JsonMapper json;

    public ArenaHttp(URI endpoint, JsonMapper json) {
        this.endpoint = endpoint;
        this.json = json;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Handle of seeded player {@code n}, the rule of the common module's DemoWorld (repeated here so
     * the tool needs nothing of the services on its class path).
     */
    public static String demoHandle(int n) {
        String[] adjectives = {"swift", "brave", "silent", "lucky", "iron", "crimson", "frost", "shadow", "solar", "wild"};
        String[] nouns = {"fox", "wolf", "hawk", "viper", "golem", "comet", "raven", "tiger", "lynx", "drake"};
        return adjectives[n % adjectives.length] + "_" + nouns[(n / adjectives.length) % nouns.length] + "_" + n;
    }

    /** The bearer token of demo player {@code n}; fails with the server's message. */
    public CompletableFuture<String> login(int n, String password) {
        return post(LOGIN, Map.of("handle", demoHandle(n), "password", password), null).thenApply(body -> {
            JsonNode token = body.path("data").path("login").path("token");
            if (!token.isString()) {
                throw new IllegalStateException("login of " + demoHandle(n) + " failed: " + body.path("errors"));
            }
            return token.asString();
        });
    }

    /** Posts {@code text} to {@code channel}; completes with the message id, or fails with the GraphQL error. */
    public CompletableFuture<String> send(String token, String channel, String text) {
        return post(SEND, Map.of("channel", channel, "text", text), token).thenApply(body -> {
            JsonNode id = body.path("data").path("sendChatMessage").path("id");
            if (!id.isString()) {
                throw new IllegalStateException("sendChatMessage failed: " + body.path("errors"));
            }
            return id.asString();
        });
    }

    private CompletableFuture<JsonNode> post(String query, Map<String, Object> variables, String token) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        request.put("variables", variables);
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request)));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            byte[] body = response.body();
            try {
                return json.readTree(body);
            } catch (RuntimeException notJson) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " from " + endpoint + ": "
                        + new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8));
            }
        });
    }
}
