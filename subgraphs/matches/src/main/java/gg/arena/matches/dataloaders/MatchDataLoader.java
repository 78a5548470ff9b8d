package gg.arena.matches.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.matches.domain.Match;
import gg.arena.matches.repository.MatchRepository;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/** Matches by id: the Match entity fetcher, Query.match and MatchmakingTicket.match, one statement per batch. */
@DgsDataLoader(name = "matches")
public class MatchDataLoader implements MappedBatchLoader<String, Match> {

    private final MatchRepository matches;

    public MatchDataLoader(MatchRepository matches) {
        this.matches = matches;
    }

    @Override
    public CompletionStage<Map<String, Match>> load(Set<String> ids) {
        return CompletableFuture.completedFuture(matches.findAllById(ids).stream()
                .collect(Collectors.toMap(Match::id, Function.identity())));
    }
}
