package gg.arena.players.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.players.domain.LeaderboardConnection;
import gg.arena.players.domain.Region;
import gg.arena.players.services.Leaderboard;

/** The ranked list of players. */
@DgsComponent
public class LeaderboardDataFetcher {

    private final Leaderboard leaderboard;

    public LeaderboardDataFetcher(Leaderboard leaderboard) {
        this.leaderboard = leaderboard;
    }

    /** Query.leaderboard */
    @DgsQuery
    public LeaderboardConnection leaderboard(
            @InputArgument Region region, @InputArgument Integer first, @InputArgument String after) {
        return leaderboard.page(region, first, after);
    }

    /** LeaderboardConnection.totalCount */
    @DgsData(parentType = "LeaderboardConnection", field = "totalCount")
    public int totalCount(DgsDataFetchingEnvironment env) {
        LeaderboardConnection connection = env.getSource();
        return leaderboard.totalCount(connection.region());
    }
}
