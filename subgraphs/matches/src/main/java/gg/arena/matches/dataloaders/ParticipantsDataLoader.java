package gg.arena.matches.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.repository.ParticipantRepository;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/** Participants by match id, for Match.participants: one statement per batch of matches. */
@DgsDataLoader(name = "participants")
public class ParticipantsDataLoader implements MappedBatchLoader<String, List<Participant>> {

    private final ParticipantRepository participants;

    public ParticipantsDataLoader(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public CompletionStage<Map<String, List<Participant>>> load(Set<String> matchIds) {
        return CompletableFuture.completedFuture(participants.findByMatchIds(matchIds).stream()
                .collect(Collectors.groupingBy(Participant::matchId)));
    }
}
