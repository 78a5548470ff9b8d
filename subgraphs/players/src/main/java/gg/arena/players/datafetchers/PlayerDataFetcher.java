package gg.arena.players.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import java.util.Map;

/** Placeholder while the domain is built. */
@DgsComponent
public class PlayerDataFetcher {

    /** Query.player */
    @DgsQuery
    public Map<String, Object> player(@InputArgument String id) {
        return Map.of("id", id, "handle", "h", "displayName", "d", "region", "EU", "rating", 1200, "createdAt", java.time.Instant.now());
    }
}
