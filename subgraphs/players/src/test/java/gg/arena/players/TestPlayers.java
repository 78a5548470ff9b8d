package gg.arena.players;

import java.util.Map;
import java.util.UUID;

/** Registering throw-away players through the API, with handles no other test uses. */
final class TestPlayers {

    static final String PASSWORD = "correct horse battery";

    static final String REGISTER = """
            mutation($input: RegisterPlayerInput!) {
              registerPlayer(input: $input) {
                token expiresAt
                player { id handle displayName region rating createdAt email }
              }
            }""";

    private TestPlayers() {}

    /** A fresh valid handle: {@code t_} and 12 hex digits. */
    static String uniqueHandle() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Registers a player in the region and returns the response, asserting it succeeded. */
    static GraphQlHttp.Result register(GraphQlHttp graphql, String handle, String region) {
        return graphql.post(REGISTER, Map.of("input", Map.of("handle", handle, "password", PASSWORD, "region", region))).ok();
    }
}
