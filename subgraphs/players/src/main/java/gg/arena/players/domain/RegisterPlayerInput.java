package gg.arena.players.domain;

import java.util.Map;

/** {@code RegisterPlayerInput} as sent by the client, before any rule is checked. */
public record RegisterPlayerInput(String handle, String displayName, String password, Region region, String email) {

    /** Reads the input object as graphql-java coerced it (enum values arrive as their names). */
    public static RegisterPlayerInput from(Map<String, Object> input) {
        Object region = input.get("region");
        return new RegisterPlayerInput(
                (String) input.get("handle"),
                (String) input.get("displayName"),
                (String) input.get("password"),
                region == null ? null : Region.valueOf(region.toString()),
                (String) input.get("email"));
    }

    /** Never prints the password, so the input can be logged safely. */
    @Override
    public String toString() {
        return "RegisterPlayerInput[handle=" + handle + ", displayName=" + displayName
                + ", region=" + region + ", email=" + (email == null ? null : "<set>") + "]";
    }
}
