package gg.arena.router.subscription;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A streamed HTTP response read in the background, so a test can wait (boundedly) for what has arrived. */
final class HttpStream implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final HttpResponse<InputStream> response;
    private final StringBuffer text = new StringBuffer();
    private volatile boolean ended;
    private final Thread reader;

    private HttpStream(HttpRequest request) throws IOException, InterruptedException {
        response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        reader = Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = response.body()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // closed by the test
            } finally {
                ended = true;
            }
        });
    }

    static HttpStream open(HttpRequest request) throws IOException, InterruptedException {
        return new HttpStream(request);
    }

    String text() {
        return text.toString();
    }

    /** Waits until what arrived satisfies {@code condition}; fails the test with what arrived otherwise. */
    String await(String what, Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String now = text();
            if (condition.test(now)) {
                return now;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + what + " within " + PATIENCE + "; received: " + text());
    }

    /** Waits for the server to end the body; fails the test when it stays open. */
    void awaitEnd() throws InterruptedException {
        reader.join(PATIENCE);
        if (!ended) {
            throw new AssertionError("the response did not end within " + PATIENCE + "; received: " + text());
        }
    }

    @Override
    public void close() throws IOException {
        response.body().close();
        reader.interrupt();
    }
}
