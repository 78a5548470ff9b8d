package gg.arena.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A service is ready when {@code POST /graphql {"query":"{__typename}"}} answers 200 with a
 * {@code __typename} in the body: the same request works on every subgraph and on the router,
 * and it proves the GraphQL engine, not just the socket, is up.
 */
public final class ReadinessProbe {

    static final String QUERY = "{\"query\":\"{__typename}\"}";

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public boolean ready(URI graphqlUrl) {
        HttpRequest request = HttpRequest.newBuilder(graphqlUrl)
                .timeout(Duration.ofSeconds(3))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("__typename");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** True when something already listens on {@code port} on the loopback interface. */
    public static boolean portTaken(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
