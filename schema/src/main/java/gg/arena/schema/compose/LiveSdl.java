package gg.arena.schema.compose;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches the SDL a running subgraph serves, with the federation query {@code { _service { sdl } }}. */
public final class LiveSdl {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LiveSdl() {
    }

    /**
     * The subgraph's SDL.
     *
     * @throws IllegalArgumentException when the subgraph cannot be reached or does not answer with an SDL,
     *                                  saying which URL and why
     */
    public static SubgraphSource fetch(String name, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ _service { sdl } }\"}"))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalArgumentException("subgraph \"" + name + "\" at " + url + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while fetching the SDL of subgraph \"" + name + "\"", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalArgumentException("subgraph \"" + name + "\" at " + url + " answered HTTP "
                    + response.statusCode() + " to { _service { sdl } }");
        }
        JsonNode sdl;
        try {
            sdl = JSON.readTree(response.body()).path("data").path("_service").path("sdl");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("subgraph \"" + name + "\" at " + url + " answered with no JSON: " + e.getMessage(), e);
        }
        if (!sdl.isString()) {
            throw new IllegalArgumentException("subgraph \"" + name + "\" at " + url
                    + " answered without data._service.sdl: is it a federation subgraph?");
        }
        return new SubgraphSource(name, url, sdl.asString());
    }
}
