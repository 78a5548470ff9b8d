package gg.arena.router.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A subgraph whose schema changes while it runs: one loopback URL in front of a {@link FixtureSubgraph} that the
 * test replaces ({@link #serve}). Requests other than {@code _service} can be held at a gate, so a test can keep a
 * router request in flight for as long as it needs.
 */
public final class SwitchableSubgraph implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicReference<FixtureSubgraph> backend = new AtomicReference<>();
    private final AtomicReference<CountDownLatch> gate = new AtomicReference<>();
    private final AtomicInteger sdlRequests = new AtomicInteger();
    private final CountDownLatch held = new CountDownLatch(1);

    /** Listens on {@code port} (0: any free one) on 127.0.0.1, answering with {@code first}. */
    public SwitchableSubgraph(int port, FixtureSubgraph first) throws IOException {
        backend.set(first);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(threads);
        server.createContext("/graphql", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (new String(body, StandardCharsets.UTF_8).contains("_service")) {
                    sdlRequests.incrementAndGet();
                } else {
                    CountDownLatch g = gate.get();
                    if (g != null) {
                        held.countDown();
                        if (!g.await(30, TimeUnit.SECONDS)) {
                            throw new IOException("gate not opened");
                        }
                    }
                }
                HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(backend.get().url()))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(r.statusCode(), r.body().length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(r.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
    }

    /** From now on, answers with {@code next} (schema and data). */
    public void serve(FixtureSubgraph next) {
        backend.set(next);
    }

    /** How many {@code _service { sdl }} requests arrived: each router poll makes one. */
    public int sdlRequests() {
        return sdlRequests.get();
    }

    /** Holds every later non-{@code _service} request until {@link #release()}. */
    public void hold() {
        gate.set(new CountDownLatch(1));
    }

    /** Lets the held requests (and all later ones) through. */
    public void release() {
        CountDownLatch g = gate.getAndSet(null);
        if (g != null) {
            g.countDown();
        }
    }

    /** Waits until a request is being held at the gate. */
    public boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
