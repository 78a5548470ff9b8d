package gg.arena.social.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.social.domain.FriendsPage;
import gg.arena.social.repository.FriendshipRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Friends pages of many players: one statement per distinct window, so 100 players asked with
 * the same {@code first}/{@code after} cost one statement.
 */
@DgsDataLoader(name = FriendsDataLoader.NAME)
public class FriendsDataLoader implements MappedBatchLoader<FriendsWindow, FriendsPage> {

    public static final String NAME = "friends";

    private final FriendshipRepository friendships;

    public FriendsDataLoader(FriendshipRepository friendships) {
        this.friendships = friendships;
    }

    @Override
    public CompletionStage<Map<FriendsWindow, FriendsPage>> load(Set<FriendsWindow> windows) {
        record Shape(long offset, int size) {}
        Map<Shape, List<FriendsWindow>> byShape =
                windows.stream().collect(Collectors.groupingBy(w -> new Shape(w.offset(), w.size())));
        Map<FriendsWindow, FriendsPage> result = new HashMap<>();
        byShape.forEach((shape, group) -> {
            Map<String, FriendsPage> pages = friendships.pages(
                    group.stream().map(FriendsWindow::playerId).toList(), shape.offset(), shape.size());
            for (FriendsWindow window : group) {
                result.put(window, pages.get(window.playerId()));
            }
        });
        return CompletableFuture.completedFuture(result);
    }
}
