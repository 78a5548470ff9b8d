package gg.arena.players.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.players.domain.Player;
import gg.arena.players.repository.PlayerRepository;
import gg.arena.players.repository.PlayerRow;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Players by id, one {@code SELECT … WHERE id IN (…)} per batch. Unknown ids are simply absent
 * from the map, so they resolve to null without failing the other keys of the batch.
 */
@DgsDataLoader(name = PlayersByIdDataLoader.NAME)
public class PlayersByIdDataLoader implements MappedBatchLoader<String, Player> {

    public static final String NAME = "playersById";

    private final PlayerRepository players;

    public PlayersByIdDataLoader(PlayerRepository players) {
        this.players = players;
    }

    @Override
    public CompletionStage<Map<String, Player>> load(Set<String> ids) {
        // Runs on the dispatching thread (Runnable::run): one short indexed query does not need
        // a pool hop, and a failure still arrives as a failed future rather than a thrown exception.
        return CompletableFuture.supplyAsync(() -> players.findAllById(ids).stream()
                .map(PlayerRow::toPlayer)
                .collect(Collectors.toMap(Player::id, Function.identity())), Runnable::run);
    }
}
