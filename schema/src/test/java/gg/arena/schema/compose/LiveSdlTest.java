package gg.arena.schema.compose;

import com.sun.net.httpserver.HttpServer;
import gg.arena.schema.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SDLs fetched from running subgraphs with {@code { _service { sdl } }}, over real HTTP on loopback. */
class LiveSdlTest {

    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> asked = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graphql", exchange -> {
            asked.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
    }

    @Test
    void fetchesTheServedSdlAndComposesIt() {
        body.set("{\"data\":{\"_service\":{\"sdl\":\"type Query { hello: String }\"}}}");

        SubgraphSource source = LiveSdl.fetch("greeter", url());

        assertThat(asked.get()).contains("_service", "sdl");
        assertThat(source).isEqualTo(new SubgraphSource("greeter", url(), "type Query { hello: String }"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"compose", "--subgraph", "greeter=" + url()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("GREETER @join__graph(name: \"greeter\", url: \"" + url() + "\")",
                "hello: String");
    }

    @Test
    void anAnswerWithoutSdlNamesTheSubgraph() {
        body.set("{\"data\":null,\"errors\":[{\"message\":\"Cannot query field _service\"}]}");

        assertThatThrownBy(() -> LiveSdl.fetch("plain", url()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subgraph \"plain\"").hasMessageContaining("data._service.sdl");
    }
}
