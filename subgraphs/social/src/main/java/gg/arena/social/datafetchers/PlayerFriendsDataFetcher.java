package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.social.dataloaders.FriendsDataLoader;
import gg.arena.social.dataloaders.FriendsWindow;
import gg.arena.social.domain.Friend;
import gg.arena.social.domain.FriendConnection;
import gg.arena.social.domain.FriendEdge;
import gg.arena.social.domain.FriendsPage;
import gg.arena.social.domain.PageInfo;
import gg.arena.social.domain.Player;
import gg.arena.subgraph.paging.Cursors;
import gg.arena.subgraph.paging.PageSize;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Friends lists use offset cursors: position in the most-recent-first list of the player's friends. */
@DgsComponent
public class PlayerFriendsDataFetcher {

    static final String CURSOR_KIND = "friends";

    /** Player.friends */
    @DgsData(parentType = "Player", field = "friends")
    public CompletableFuture<FriendConnection> friends(
            DgsDataFetchingEnvironment env, @InputArgument Integer first, @InputArgument String after) {
        Player player = env.getSourceOrThrow();
        int size = PageSize.check(first, 20);
        long offset = Cursors.offsetOf(CURSOR_KIND, after) + 1;
        DataLoader<FriendsWindow, FriendsPage> loader = env.getDataLoader(FriendsDataLoader.NAME);
        return loader.load(new FriendsWindow(player.id(), offset, size))
                .thenApply(page -> connection(page, size));
    }

    private static FriendConnection connection(FriendsPage page, int size) {
        List<FriendEdge> edges = new ArrayList<>(page.friends().size());
        long position = page.offset();
        for (Friend friend : page.friends()) {
            edges.add(new FriendEdge(Cursors.offset(CURSOR_KIND, position++), friend.since(), friend.player()));
        }
        PageInfo info = new PageInfo(
                page.offset() + size < page.totalCount(),
                page.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new FriendConnection(edges, info, page.totalCount());
    }
}
