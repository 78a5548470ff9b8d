package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import gg.arena.social.domain.Player;
import gg.arena.subgraph.errors.InvalidInputException;
import java.util.Locale;

/**
 * Computed from the region the router sends in the representation ({@code @requires(fields:
 * "region")}); social does not store regions, so without one there is nothing to compute from.
 */
@DgsComponent
public class PlayerRegionChannelDataFetcher {

    /** Player.regionChannel */
    @DgsData(parentType = "Player", field = "regionChannel")
    public String regionChannel(DgsDataFetchingEnvironment env) {
        Player player = env.getSourceOrThrow();
        if (player.region() == null || player.region().isBlank()) {
            throw new InvalidInputException("REGION_REQUIRED",
                    "Player.regionChannel needs the player's region: resolve it through _entities with a"
                            + " representation {__typename: \"Player\", id, region} (the router sends it for"
                            + " @requires(fields: \"region\")).");
        }
        return "region:" + player.region().toLowerCase(Locale.ROOT);
    }
}
