package gg.arena.matches.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.matches.domain.HistoryCursor;
import gg.arena.matches.domain.MatchConnection;
import gg.arena.matches.services.MatchHistoryService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Player.matchHistory pages keyed by (player, first, after). Keys sharing the arguments (the
 * usual case: one field selected on many players) are served by one statement; each distinct
 * argument set costs one more.
 */
@DgsDataLoader(name = "matchHistory")
public class MatchHistoryDataLoader implements MappedBatchLoader<MatchHistoryDataLoader.Key, MatchConnection> {

    /** One player's page request. */
    public record Key(String playerId, int first, HistoryCursor after) {}

    private record Arguments(int first, HistoryCursor after) {}

    private final MatchHistoryService history;

    public MatchHistoryDataLoader(MatchHistoryService history) {
        this.history = history;
    }

    @Override
    public CompletionStage<Map<Key, MatchConnection>> load(Set<Key> keys) {
        Map<Arguments, List<Key>> byArguments =
                keys.stream().collect(Collectors.groupingBy(k -> new Arguments(k.first(), k.after())));
        Map<Key, MatchConnection> result = new HashMap<>();
        byArguments.forEach((args, group) -> {
            Map<String, MatchConnection> pages =
                    history.pages(group.stream().map(Key::playerId).collect(Collectors.toSet()), args.first(), args.after());
            group.forEach(k -> result.put(k, pages.get(k.playerId())));
        });
        return CompletableFuture.completedFuture(result);
    }
}
