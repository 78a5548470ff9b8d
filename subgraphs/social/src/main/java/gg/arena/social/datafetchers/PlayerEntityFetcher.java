package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import gg.arena.social.domain.Player;
import gg.arena.subgraph.errors.InvalidInputException;
import java.util.Map;

/**
 * Resolves Player representations. Social adds fields to players the players service owns, so
 * every id is a valid Player here, known or not (a player who never acted in social simply has
 * no friends and is OFFLINE): nothing is read, and the per-field DataLoaders do the batched work.
 * A representation may carry {@code region} (for {@code regionChannel}) and {@code handle}.
 */
@DgsComponent
public class PlayerEntityFetcher {

    /** _entities(representations: [{__typename: "Player", id, region?, handle?}]) */
    @DgsEntityFetcher(name = "Player")
    public Player player(Map<String, Object> values) {
        if (!(values.get("id") instanceof String id) || id.isBlank()) {
            throw new InvalidInputException("REPRESENTATION_INVALID",
                    "A Player representation needs a non-empty string 'id', got " + values.get("id") + ".");
        }
        return new Player(id, stringOrNull(values.get("handle")), stringOrNull(values.get("region")));
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }
}
