package gg.arena.players;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.subgraph.auth.AuthProperties;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.demo.DemoWorld;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Mutation.registerPlayer, Mutation.login and Query.me. */
class AccountsTest extends HttpTestBase {

    private static final String LOGIN = """
            mutation($handle: String!, $password: String!) {
              login(handle: $handle, password: $password) { token expiresAt player { id handle } }
            }""";

    private static final String ME = "{ me { id handle region rating } }";

    @Autowired
    private AuthProperties auth;

    @Test
    void aRegisteredPlayerCanLogInAndSeeThemself() {
        String handle = TestPlayers.uniqueHandle();
        GraphQlHttp.Result registered = graphql.post(TestPlayers.REGISTER, Map.of("input", Map.of(
                "handle", handle, "password", TestPlayers.PASSWORD, "region", "ASIA", "email", "Someone@Example.org"))).ok();

        String id = registered.string("/registerPlayer/player/id");
        assertThat(id).matches("p-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(registered.string("/registerPlayer/player/handle")).isEqualTo(handle);
        assertThat(registered.string("/registerPlayer/player/displayName")).isEqualTo(handle);
        assertThat(registered.string("/registerPlayer/player/region")).isEqualTo("ASIA");
        assertThat(registered.data("/registerPlayer/player/rating").asInt()).isEqualTo(1200);
        assertThat(registered.string("/registerPlayer/player/email")).isEqualTo("Someone@Example.org");
        assertThat(Instant.parse(registered.string("/registerPlayer/expiresAt"))).isAfter(Instant.now());

        GraphQlHttp.Result me = graphql.post(ME, Map.of(), "Bearer " + registered.string("/registerPlayer/token")).ok();
        assertThat(me.string("/me/id")).isEqualTo(id);

        GraphQlHttp.Result login = graphql.post(LOGIN, Map.of(
                "handle", handle.toUpperCase(Locale.ROOT), "password", TestPlayers.PASSWORD)).ok();
        assertThat(login.string("/login/player/id")).isEqualTo(id);
        GraphQlHttp.Result meAgain = graphql.post(ME, Map.of(), "Bearer " + login.string("/login/token")).ok();
        assertThat(meAgain.string("/me/handle")).isEqualTo(handle);
        assertThat(meAgain.string("/me/region")).isEqualTo("ASIA");

        GraphQlHttp.Result byId = graphql.post("query($id: ID!) { player(id: $id) { handle email } }", Map.of("id", id)).ok();
        assertThat(byId.string("/player/handle")).isEqualTo(handle);
    }

    @Test
    void theDisplayNameIsKeptWhenGiven() {
        String handle = TestPlayers.uniqueHandle();
        GraphQlHttp.Result registered = graphql.post(TestPlayers.REGISTER, Map.of("input", Map.of(
                "handle", handle, "displayName", "  Zoë the Great  ", "password", TestPlayers.PASSWORD, "region", "SA"))).ok();

        assertThat(registered.string("/registerPlayer/player/displayName")).isEqualTo("Zoë the Great");
        assertThat(registered.data("/registerPlayer/player/email").isNull()).isTrue();
    }

    @Test
    void aSeededPlayerLogsInWithTheDemoPassword() {
        GraphQlHttp.Result login = graphql.post(LOGIN, Map.of("handle", DemoWorld.handle(77), "password", DemoWorld.DEMO_PASSWORD)).ok();

        assertThat(login.string("/login/player/id")).isEqualTo("p-0077");
        GraphQlHttp.Result me = graphql.post(ME, Map.of(), "Bearer " + login.string("/login/token")).ok();
        assertThat(me.data("/me/rating").asInt()).isEqualTo(DemoWorld.rating(77));
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        // 100 ASCII characters: plain bcrypt would only look at the first 72.
        String password = "p".repeat(80) + "-tail-0123456789";
        String handle = TestPlayers.uniqueHandle();
        graphql.post(TestPlayers.REGISTER, Map.of("input", Map.of("handle", handle, "password", password, "region", "OCE"))).ok();

        assertThat(graphql.post(LOGIN, Map.of("handle", handle, "password", password)).ok().string("/login/player/handle"))
                .isEqualTo(handle);
        String samePrefix = "p".repeat(80) + "-tail-9999999999";
        assertThat(graphql.post(LOGIN, Map.of("handle", handle, "password", samePrefix)).errorCode())
                .isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void aPasswordOf128MultiByteCharactersIsAccepted() {
        String password = "ü".repeat(127) + "x";
        String handle = TestPlayers.uniqueHandle();
        graphql.post(TestPlayers.REGISTER, Map.of("input", Map.of("handle", handle, "password", password, "region", "NA"))).ok();

        graphql.post(LOGIN, Map.of("handle", handle, "password", password)).ok();
    }

    @Test
    void anUnknownHandleAndAWrongPasswordGetTheSameAnswer() {
        GraphQlHttp.Result unknown = graphql.post(LOGIN, Map.of("handle", "nobody_here", "password", TestPlayers.PASSWORD));
        GraphQlHttp.Result wrong = graphql.post(LOGIN, Map.of("handle", DemoWorld.handle(1), "password", "not-the-password"));

        assertThat(unknown.errorCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(wrong.errorCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(unknown.errorMessage()).isEqualTo(wrong.errorMessage());
        assertThat(unknown.json().path("data").isNull()).isTrue();
    }

    static Stream<Arguments> badRegistrations() {
        String ok = TestPlayers.PASSWORD;
        return Stream.of(
                Arguments.of("handle too short", input("ab", null, ok, null), "HANDLE_INVALID"),
                Arguments.of("handle too long", input("a".repeat(21), null, ok, null), "HANDLE_INVALID"),
                Arguments.of("handle empty", input("", null, ok, null), "HANDLE_INVALID"),
                Arguments.of("handle with a space", input("bad handle", null, ok, null), "HANDLE_INVALID"),
                Arguments.of("handle with a non-ASCII letter", input("zoë_123", null, ok, null), "HANDLE_INVALID"),
                Arguments.of("handle of 10 KB", input("h".repeat(10_240), null, ok, null), "HANDLE_INVALID"),
                Arguments.of("handle taken, other case", input(DemoWorld.handle(3).toUpperCase(Locale.ROOT), null, ok, null), "HANDLE_TAKEN"),
                Arguments.of("display name empty", input(null, "", ok, null), "DISPLAY_NAME_INVALID"),
                Arguments.of("display name blank", input(null, "   ", ok, null), "DISPLAY_NAME_INVALID"),
                Arguments.of("display name too long", input(null, "d".repeat(41), ok, null), "DISPLAY_NAME_INVALID"),
                Arguments.of("display name of 10 KB", input(null, "d".repeat(10_240), ok, null), "DISPLAY_NAME_INVALID"),
                Arguments.of("display name with a control character", input(null, "a\u0007b", ok, null), "DISPLAY_NAME_INVALID"),
                Arguments.of("password too short", input(null, null, "seven77", null), "PASSWORD_INVALID"),
                Arguments.of("password empty", input(null, null, "", null), "PASSWORD_INVALID"),
                Arguments.of("password too long", input(null, null, "p".repeat(129), null), "PASSWORD_INVALID"),
                Arguments.of("password of 10 KB", input(null, null, "p".repeat(10_240), null), "PASSWORD_INVALID"),
                Arguments.of("email without @", input(null, null, ok, "not-an-email"), "EMAIL_INVALID"),
                Arguments.of("email without domain", input(null, null, ok, "someone@"), "EMAIL_INVALID"),
                Arguments.of("email without local part", input(null, null, ok, "@example.com"), "EMAIL_INVALID"),
                Arguments.of("email with a space", input(null, null, ok, "some one@example.com"), "EMAIL_INVALID"),
                Arguments.of("email empty", input(null, null, ok, ""), "EMAIL_INVALID"),
                Arguments.of("email longer than 254", input(null, null, ok, "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(3) + "example.com"), "EMAIL_INVALID"),
                Arguments.of("email of 10 KB", input(null, null, ok, "e".repeat(10_240) + "@example.com"), "EMAIL_INVALID"));
    }

    /** A registration input; a null handle becomes a fresh valid one. */
    private static Map<String, Object> input(String handle, String displayName, String password, String email) {
        Map<String, Object> input = new HashMap<>();
        input.put("handle", handle == null ? TestPlayers.uniqueHandle() : handle);
        if (displayName != null) {
            input.put("displayName", displayName);
        }
        input.put("password", password);
        input.put("region", "EU");
        if (email != null) {
            input.put("email", email);
        }
        return input;
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefusedAndWritesNothing(String why, Map<String, Object> input, String code) {
        int before = playerRows();

        GraphQlHttp.Result result = graphql.post(TestPlayers.REGISTER, Map.of("input", input));

        assertThat(result.errorCode()).as(why).isEqualTo(code);
        assertThat(result.json().at("/errors/0/path/0").asString()).isEqualTo("registerPlayer");
        assertThat(result.json().path("data").isNull()).isTrue();
        assertThat(playerRows()).isEqualTo(before);
    }

    @Test
    void concurrentRegistrationsOfOneHandleLeaveOneWinner() throws Exception {
        String handle = TestPlayers.uniqueHandle();
        int contenders = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<GraphQlHttp.Result>> attempts = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            // Each contender spells the handle differently: the index compares them case-insensitively.
            String spelling = i % 2 == 0 ? handle : handle.toUpperCase(Locale.ROOT);
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new GraphQlHttp(port).post(TestPlayers.REGISTER, Map.of("input",
                        Map.of("handle", spelling, "password", TestPlayers.PASSWORD, "region", "NA")));
            }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
        }
        start.countDown();
        List<GraphQlHttp.Result> results = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(results.stream().filter(r -> !r.hasErrors())).hasSize(1);
        assertThat(results.stream().filter(GraphQlHttp.Result::hasErrors).map(GraphQlHttp.Result::errorCode))
                .hasSize(contenders - 1)
                .allMatch("HANDLE_TAKEN"::equals);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM player WHERE handle_lower = :h")
                .param("h", handle.toLowerCase(Locale.ROOT)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void meWithoutATokenIsNull() {
        GraphQlHttp.Result me = graphql.post(ME).ok();

        assertThat(me.data("/me").isNull()).isTrue();
    }

    @Test
    void meWithAGarbageTokenIsUnauthenticated() {
        assertThat(graphql.post(ME, Map.of(), "Bearer not.a.jwt").errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(graphql.post(ME, Map.of(), "Basic dXNlcjpwYXNz").errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void meWithAnExpiredTokenIsUnauthenticated() {
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new BearerTokens(auth, twoHoursAgo)
                .issue(new PlayerPrincipal("p-0001", DemoWorld.handle(1), DemoWorld.region(1), DemoWorld.rating(1)))
                .token();

        GraphQlHttp.Result me = graphql.post(ME, Map.of(), "Bearer " + expired);

        assertThat(me.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(me.errorMessage()).contains("expired");
    }

    @Test
    void meWithATokenSignedByAnotherKeyIsUnauthenticated() {
        AuthProperties other = new AuthProperties("another-secret-that-is-long-enough-0123456789", Duration.ofHours(1), auth.issuer());
        String forged = new BearerTokens(other, Clock.systemUTC())
                .issue(new PlayerPrincipal("p-0001", DemoWorld.handle(1), DemoWorld.region(1), DemoWorld.rating(1)))
                .token();

        assertThat(graphql.post(ME, Map.of(), "Bearer " + forged).errorCode()).isEqualTo("UNAUTHENTICATED");
    }
}
