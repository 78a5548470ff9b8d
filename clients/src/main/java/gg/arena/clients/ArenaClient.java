package gg.arena.clients;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A minimal GraphQL client for the Arena supergraph: POSTs an operation file with its variables
 * (GraphQL over HTTP, JSON) and prints the response.
 *
 * <pre>
 * java -cp "clients/target/arena-clients-0.1.0-SNAPSHOT.jar:clients/target/lib/*" gg.arena.clients.ArenaClient \
 *   --endpoint http://127.0.0.1:4000/graphql --operation clients/operations/PlayerProfile.graphql \
 *   --variables '{"id":"p-0001"}' [--token eyJ...]
 * </pre>
 *
 * Used as a library: {@code new ArenaClient(HttpClient.newHttpClient(), endpoint, token).execute(request)}.
 */
public final class ArenaClient {

    static final String ACCEPT = "application/graphql-response+json, application/json;q=0.9";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI endpoint;
    private final String token;
    private final Duration timeout;

    /**
     * @param token bearer token for the {@code Authorization} header, or null to send none
     */
    public ArenaClient(HttpClient http, URI endpoint, String token, Duration timeout) {
        this.http = http;
        this.endpoint = endpoint;
        this.token = token;
        this.timeout = timeout;
    }

    public ArenaClient(HttpClient http, URI endpoint, String token) {
        this(http, endpoint, token, Duration.ofSeconds(30));
    }

    /** Sends one request and returns what came back, whatever the HTTP status. */
    public GraphQLResponse execute(GraphQLRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request.toJson()), StandardCharsets.UTF_8));
        if (token != null) {
            builder.header("Authorization", token.regionMatches(true, 0, "Bearer ", 0, 7) ? token : "Bearer " + token);
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JacksonException e) {
            body = null;
        }
        if (body != null && body.isMissingNode()) {
            body = null;
        }
        return new GraphQLResponse(response.statusCode(), body, response.body());
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * The command line, testable: prints the response to {@code out}, problems to {@code err}, and
     * returns the exit code (0 success, 1 GraphQL errors or HTTP error status, 2 usage, 3 unreachable).
     */
    static int run(String[] args, java.util.Map<String, String> environment, PrintStream out, PrintStream err) {
        ClientOptions options;
        GraphQLRequest request;
        try {
            options = ClientOptions.parse(args, environment);
            request = GraphQLRequest.fromFile(options.operationFile(), options.operationName(),
                    variables(options.variables()));
        } catch (ClientOptions.UsageException | IllegalArgumentException | UncheckedIOException e) {
            if (e.getMessage() != null && !e.getMessage().isEmpty()) {
                err.println("ArenaClient: " + e.getMessage());
            }
            err.print(ClientOptions.USAGE);
            return 2;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        GraphQLResponse response;
        try {
            response = new ArenaClient(http, options.endpoint(), options.token(), options.timeout()).execute(request);
        } catch (IOException e) {
            err.println("ArenaClient: cannot reach " + options.endpoint() + ": " + e);
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("ArenaClient: interrupted");
            return 3;
        }
        if (response.body() != null) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(response.body()));
        } else {
            out.println(response.raw());
        }
        if (response.status() / 100 != 2) {
            err.println("ArenaClient: HTTP " + response.status() + " from " + options.endpoint());
        }
        return response.isSuccess() ? 0 : 1;
    }

    /** A JSON object given inline or as {@code @file.json}. */
    static ObjectNode variables(String text) {
        String json = text;
        if (text.startsWith("@")) {
            try {
                json = Files.readString(Path.of(text.substring(1)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read variables file " + text.substring(1) + ": " + e.getMessage());
            }
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("--variables is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("--variables must be a JSON object, e.g. '{\"id\":\"p-0001\"}'");
        }
        return (ObjectNode) node;
    }
}
