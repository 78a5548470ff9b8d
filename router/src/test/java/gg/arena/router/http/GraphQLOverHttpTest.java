package gg.arena.router.http;

import gg.arena.router.RouterApplication;
import gg.arena.router.auth.AuthSettings;
import gg.arena.router.subscription.Tokens;
import gg.arena.router.testing.FixtureRouter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The router over real HTTP against in-process fixture subgraphs: the GraphQL-over-HTTP rules. */
class GraphQLOverHttpTest {
    static FixtureRouter fixture;
    static ConfigurableApplicationContext app;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start() throws Exception {
        fixture = new FixtureRouter("games");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        app = RouterApplication.start(fixture.config(port), fixture.supergraph());
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() {
        app.close();
        fixture.close();
    }

    static HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        boolean contentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            contentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!contentType) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String query, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/graphql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void postAnswersWithApplicationJsonByDefault() throws Exception {
        HttpResponse<String> r = post("{\"query\":\"{ player(id: \\\"p1\\\") { handle wallet { balance } } }\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(r.body()).isEqualTo("{\"data\":{\"player\":{\"handle\":\"ada\",\"wallet\":{\"balance\":250}}}}");
    }

    @Test
    void acceptGraphqlResponseJsonIsHonoured() throws Exception {
        HttpResponse<String> r = post("{\"query\":\"{ players { id } }\"}", "Accept",
                "application/graphql-response+json, application/json;q=0.9");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/graphql-response+json");
    }

    @Test
    void validationErrorsAre400WithGraphqlResponseJsonAnd200WithApplicationJson() throws Exception {
        String body = "{\"query\":\"{ players { nope } }\"}";
        HttpResponse<String> modern = post(body, "Accept", "application/graphql-response+json");
        assertThat(modern.statusCode()).isEqualTo(400);
        assertThat(json(modern).has("data")).isFalse();
        assertThat(json(modern).get("errors").get(0).get("message").asString()).contains("nope");
        HttpResponse<String> legacy = post(body, "Accept", "application/json");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(json(legacy).get("errors")).hasSize(1);
    }

    @Test
    void variableCoercionErrorsAreGraphqlErrors() throws Exception {
        String body = "{\"query\":\"query($b: Boolean!) { players { id @include(if: $b) } }\",\"variables\":{\"b\":\"yes\"}}";
        HttpResponse<String> legacy = post(body);
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(json(legacy).get("errors").get(0).get("message").asString()).contains("'b'");
        assertThat(post(body, "Accept", "application/graphql-response+json").statusCode()).isEqualTo(400);
    }

    @Test
    void malformedRequestsAre400() throws Exception {
        assertThat(post("{not json").statusCode()).isEqualTo(400);
        assertThat(post("[]").statusCode()).isEqualTo(400);
        assertThat(post("{\"query\": 5}").statusCode()).isEqualTo(400);
        assertThat(post("{\"query\": \"{ players { id } }\", \"variables\": [1]}").statusCode()).isEqualTo(400);
    }

    @Test
    void postNeedsJsonContentTypeAndAnAcceptableResponseType() throws Exception {
        assertThat(post("query=x", "Content-Type", "text/plain").statusCode()).isEqualTo(415);
        assertThat(post("{\"query\":\"{ players { id } }\"}", "Accept", "text/html").statusCode()).isEqualTo(406);
    }

    @Test
    void getServesQueries() throws Exception {
        HttpResponse<String> r = get("{ players { handle } }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("data").get("players")).hasSize(3);
    }

    @Test
    void getRefusesMutationsWith405() throws Exception {
        HttpResponse<String> r = get("mutation { post(text: \"x\") }");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("POST");
        assertThat(fixture.subgraph("social").requests()).noneMatch(b -> b.get("query").toString()
                .contains("post"));
    }

    @Test
    void operationNamePicksTheOperation() throws Exception {
        String doc = "query A { players { id } } query B { matches { id } }";
        HttpResponse<String> r = post(JSON.writeValueAsString(java.util.Map.of("query", doc, "operationName", "B")));
        assertThat(json(r).get("data").has("matches")).isTrue();
        HttpResponse<String> missing = post(JSON.writeValueAsString(java.util.Map.of("query", doc)));
        assertThat(json(missing).get("errors").get(0).get("message").asString()).contains("operationName");
    }

    @Test
    void theQueryPlanHeaderAddsThePlan() throws Exception {
        HttpResponse<String> r = post("{\"query\":\"{ match(id: \\\"m1\\\") { winner { status } } }\"}",
                "X-Arena-Query-Plan", "true");
        JsonNode plan = json(r).get("extensions").get("queryPlan");
        assertThat(plan.get("kind").asString()).isEqualTo("QueryPlan");
        assertThat(plan.toString()).contains("matches").contains("players").contains("social");
        HttpResponse<String> without = post("{\"query\":\"{ players { id } }\"}");
        assertThat(json(without).has("extensions")).isFalse();
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("UP");
    }


    @Test
    void graphiqlIsServedWithBundledAssets() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphiql")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"")
                .matcher(page.body());
        int assets = 0;
        while (m.find()) {
            HttpResponse<Void> asset = HTTP.send(HttpRequest.newBuilder(URI.create(base + m.group(1))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(asset.statusCode()).as(m.group(1)).isEqualTo(200);
            assets++;
        }
        assertThat(assets).isEqualTo(5);
        HttpResponse<String> browser = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.body()).isEqualTo(page.body());
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        String big = "{\"query\":\"{ players { id } }\",\"variables\":{\"x\":\"" + "a".repeat(3 * 1024 * 1024)
                + "\"}}";
        assertThat(post(big).statusCode()).isEqualTo(413);
    }

    @Test
    void metricsCountPhasesAndSubgraphFetches() throws Exception {
        post("{\"query\":\"{ player(id: \\\"p1\\\") { handle wallet { balance } } }\"}");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("arena_router_subgraph_fetch_seconds_count{outcome=\"success\",subgraph=\"store\"}")
                .contains("arena_router_phase_seconds_count{outcome=\"success\",phase=\"execute\"}");
    }

    @Test
    void theFullIntrospectionQueryOfGraphiqlIsAnswered() throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("query", graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY,
                "operationName", "IntrospectionQuery"));
        JsonNode r = json(post(body));
        assertThat(r.has("errors")).isFalse();
        java.util.List<String> types = new java.util.ArrayList<>();
        r.get("data").get("__schema").get("types").forEach(t -> types.add(t.get("name").asString()));
        assertThat(types).contains("Player", "Match", "SearchResult", "FeedEntry")
                .noneMatch(t -> t.startsWith("join__") || t.startsWith("link__"));
    }

    @Test
    void theAuthorizationHeaderReachesEverySubgraphOfTheRequest() throws Exception {
        fixture.reset();
        String bearer = "Bearer " + Tokens.valid("p-0001");
        post("{\"query\":\"{ player(id: \\\"p1\\\") { handle wallet { balance } } }\"}", "Authorization", bearer);
        assertThat(fixture.subgraph("players").authorizations()).containsExactly(bearer);
        assertThat(fixture.subgraph("store").authorizations()).containsExactly(bearer);
        fixture.reset();
        post("{\"query\":\"{ players { id } }\"}");
        assertThat(fixture.subgraph("players").authorizations()).containsExactly("");
    }

    @Test
    void aRefusedTokenIsAnUnauthenticatedErrorAndNoSubgraphIsAsked() throws Exception {
        fixture.reset();
        String query = "{\"query\":\"{ players { id } }\"}";
        for (String token : new String[]{Tokens.expired("p-0001"), "not-a-jwt",
                Tokens.sign("p-0001", "another-secret-of-at-least-thirty-two-bytes", "arena", Duration.ofHours(1)),
                Tokens.sign("p-0001", AuthSettings.DEVELOPMENT_SECRET, "someone-else", Duration.ofHours(1))}) {
            HttpResponse<String> strict = post(query, "Authorization", "Bearer " + token,
                    "Accept", "application/graphql-response+json");
            assertThat(strict.statusCode()).isEqualTo(401);
            assertThat(strict.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
            assertThat(json(strict).at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHENTICATED");
            assertThat(json(strict).has("data")).isFalse();
            HttpResponse<String> legacy = post(query, "Authorization", "Bearer " + token, "Accept", "application/json");
            assertThat(legacy.statusCode()).isEqualTo(200);
            assertThat(json(legacy).at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHENTICATED");
        }
        HttpResponse<String> notBearer = post(query, "Authorization", "Basic dXNlcjpwYXNz");
        assertThat(json(notBearer).at("/errors/0/message").asString()).contains("Bearer");
        assertThat(fixture.subgraph("players").requests()).isEmpty();
    }
}
