package gg.arena.clients;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ArenaClient against a tiny HTTP server on loopback that records what it receives. */
class ArenaClientTest {

    /** What the server saw of one request. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String reply = "{\"data\":{\"player\":{\"id\":\"p-0001\",\"handle\":\"ace\"}}}";

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graphql", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            byte[] out = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
    }

    private Path operationFile(String text) throws IOException {
        Path file = dir.resolve("Op.graphql");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void postsQueryVariablesAndOperationNameAsJsonWithTheBearerToken() throws Exception {
        String document = "# profile\nquery PlayerCard($id: ID!) {\n  player(id: $id) { id handle }\n}\n";
        GraphQLRequest request = GraphQLRequest.fromFile(operationFile(document), null,
                ArenaClient.variables("{\"id\":\"p-0001\",\"first\":5}"));

        GraphQLResponse response = new ArenaClient(HttpClient.newHttpClient(), endpoint(), "abc.def.ghi").execute(request);

        assertThat(received).hasSize(1);
        Received sent = received.getFirst();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/graphql");
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.header("Accept")).contains("application/graphql-response+json").contains("application/json");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer abc.def.ghi");
        JsonNode body = JSON.readTree(sent.body());
        assertThat(body.get("query").asString()).isEqualTo(document);
        assertThat(body.get("operationName").asString()).isEqualTo("PlayerCard");
        assertThat(body.get("variables").get("id").asString()).isEqualTo("p-0001");
        assertThat(body.get("variables").get("first").asInt()).isEqualTo(5);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.isSuccess()).isTrue();
        assertThat(response.body().at("/data/player/handle").asString()).isEqualTo("ace");
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() throws Exception {
        GraphQLRequest request = GraphQLRequest.fromFile(operationFile("query Top { leaderboard { totalCount } }"), null, null);

        new ArenaClient(HttpClient.newHttpClient(), endpoint(), null).execute(request);

        assertThat(received.getFirst().header("Authorization")).isNull();
        assertThat(JSON.readTree(received.getFirst().body()).get("variables").isEmpty()).isTrue();
    }

    @Test
    void commandLinePrintsTheResponseAndSucceeds() throws Exception {
        Path file = operationFile("query PlayerCard($id: ID!) { player(id: $id) { id handle } }");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ArenaClient.run(new String[] {"--endpoint", endpoint().toString(), "--operation", file.toString(),
                "--variables", "{\"id\":\"p-0001\"}", "--token", "tok"}, Map.of(), print(out), print(err));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).at("/data/player/id").asString()).isEqualTo("p-0001");
        assertThat(received.getFirst().header("Authorization")).isEqualTo("Bearer tok");
    }

    @Test
    void commandLineTakesTheTokenFromArenaTokenAndChoosesAnOperationByName() throws Exception {
        Path file = operationFile("query A { me { id } }\nquery B { me { handle } }\n");

        int exit = ArenaClient.run(new String[] {"--endpoint", endpoint().toString(), "--operation", file.toString(),
                "--operation-name", "B"}, Map.of("ARENA_TOKEN", "from-env"), print(new ByteArrayOutputStream()),
                print(new ByteArrayOutputStream()));

        assertThat(exit).isZero();
        assertThat(received.getFirst().header("Authorization")).isEqualTo("Bearer from-env");
        assertThat(JSON.readTree(received.getFirst().body()).get("operationName").asString()).isEqualTo("B");
    }

    @Test
    void graphQLErrorsAndHttpErrorsExitWithOne() throws Exception {
        Path file = operationFile("query Me { me { id } }");
        reply = "{\"errors\":[{\"message\":\"UNAUTHENTICATED\"}],\"data\":{\"me\":null}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(ArenaClient.run(new String[] {"--endpoint", endpoint().toString(), "--operation", file.toString()},
                Map.of(), print(out), print(new ByteArrayOutputStream()))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("UNAUTHENTICATED");

        status = 502;
        reply = "bad gateway";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(ArenaClient.run(new String[] {"--endpoint", endpoint().toString(), "--operation", file.toString()},
                Map.of(), print(new ByteArrayOutputStream()), print(err))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("HTTP 502");
    }

    @Test
    void badUsageExitsWithTwoAndSendsNothing() throws Exception {
        Path file = operationFile("query A { me { id } }\nquery B { me { handle } }\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(ArenaClient.run(new String[] {"--endpoint", endpoint().toString()}, Map.of(),
                print(new ByteArrayOutputStream()), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--operation is required").contains("usage:");
        assertThat(ArenaClient.run(new String[] {"--operation", file.toString()}, Map.of(),
                print(new ByteArrayOutputStream()), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("several operations");
        assertThat(ArenaClient.run(new String[] {"--operation", file.toString(), "--operation-name", "A",
                "--variables", "[1]"}, Map.of(), print(new ByteArrayOutputStream()), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must be a JSON object");
        assertThat(received).isEmpty();
    }

    @Test
    void unreachableEndpointExitsWithThree() throws Exception {
        Path file = operationFile("query Me { me { id } }");
        String closed = endpoint().toString();
        server.stop(0);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(ArenaClient.run(new String[] {"--endpoint", closed, "--operation", file.toString()}, Map.of(),
                print(new ByteArrayOutputStream()), print(err))).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach");
    }

    @Test
    void operationNameMustExistInTheFile() throws Exception {
        Path file = operationFile("query A { me { id } }");
        assertThatThrownBy(() -> GraphQLRequest.fromFile(file, "Nope", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no operation Nope");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
