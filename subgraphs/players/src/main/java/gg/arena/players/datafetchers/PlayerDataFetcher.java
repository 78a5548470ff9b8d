package gg.arena.players.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.players.dataloaders.PlayersByIdDataLoader;
import gg.arena.players.domain.Player;
import gg.arena.players.repository.PlayerRepository;
import gg.arena.players.repository.PlayerRow;
import gg.arena.players.services.RegistrationRules;
import gg.arena.subgraph.auth.Viewer;
import gg.arena.subgraph.errors.InvalidInputException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Looking players up: by id, by ids, by handle, and the signed-in one. */
@DgsComponent
public class PlayerDataFetcher {

    /** Most ids one {@code players(ids:)} call may ask for. */
    public static final int MAX_IDS = 100;

    private final PlayerRepository players;
    private final Viewer viewer;

    public PlayerDataFetcher(PlayerRepository players, Viewer viewer) {
        this.players = players;
        this.viewer = viewer;
    }

    /** Query.player */
    @DgsQuery
    public CompletableFuture<Player> player(@InputArgument String id, DgsDataFetchingEnvironment env) {
        return loader(env).load(id);
    }

    /** Query.players */
    @DgsQuery
    public CompletableFuture<List<Player>> players(@InputArgument List<String> ids, DgsDataFetchingEnvironment env) {
        if (ids.size() > MAX_IDS) {
            throw new InvalidInputException("TOO_MANY_IDS",
                    "At most " + MAX_IDS + " ids per call, got " + ids.size() + ".");
        }
        return loader(env).loadMany(ids);
    }

    /** Query.playerByHandle */
    @DgsQuery
    public Player playerByHandle(@InputArgument String handle) {
        return players.findByHandleLower(RegistrationRules.lower(handle)).map(PlayerRow::toPlayer).orElse(null);
    }

    /** Query.me */
    @DgsQuery
    public CompletableFuture<Player> me(DgsDataFetchingEnvironment env) {
        return viewer.optional(env)
                .map(principal -> loader(env).load(principal.playerId()))
                .orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    private static DataLoader<String, Player> loader(DgsDataFetchingEnvironment env) {
        return env.getDataLoader(PlayersByIdDataLoader.NAME);
    }
}
