package gg.arena.matches.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A GraphQL client over real HTTP (java.net.http) for the tests, reading answers with JsonPath. */
public final class GraphQl {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI uri;

    public GraphQl(int port) {
        this.uri = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    public Response query(String query) {
        return post(query, Map.of(), null);
    }

    public Response post(String query, Map<String, ?> variables, String bearer) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new Response(JsonPath.parse(response.body()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GraphQL response. */
    public record Response(DocumentContext json, String body) {

        public <T> T read(String path) {
            return json.read(path);
        }

        public List<Map<String, Object>> errors() {
            List<Map<String, Object>> errors = json.read("$.errors[*]");
            return errors;
        }

        /** Asserts there are no errors, and returns this. */
        public Response ok() {
            assertThat(body).doesNotContain("\"errors\"");
            return this;
        }

        /** The {@code extensions.code} of the only error. */
        public String errorCode() {
            assertThat(errors()).as(body).hasSize(1);
            return json.read("$.errors[0].extensions.code");
        }

        public String errorClassification() {
            return json.read("$.errors[0].extensions.classification");
        }
    }
}
