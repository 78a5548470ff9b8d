package gg.arena.social.seed;

import gg.arena.social.repository.ChatMessageRepository;
import gg.arena.social.repository.FriendRequestRepository;
import gg.arena.social.repository.FriendshipRepository;
import gg.arena.social.repository.KnownPlayerRepository;
import gg.arena.social.repository.PresenceRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo world's social data, in one transaction, before the
 * web server opens (so no request sees half a seed). A database that already has players is
 * left alone, so PostgreSQL data survives restarts. {@code arena.demo.seed=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "arena.demo.seed", havingValue = "true", matchIfMissing = true)
public class DemoSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final KnownPlayerRepository players;
    private final FriendshipRepository friendships;
    private final FriendRequestRepository requests;
    private final PresenceRepository presences;
    private final ChatMessageRepository chat;
    private final TransactionTemplate tx;

    public DemoSeeder(KnownPlayerRepository players, FriendshipRepository friendships, FriendRequestRepository requests,
            PresenceRepository presences, ChatMessageRepository chat, TransactionTemplate tx) {
        this.players = players;
        this.friendships = friendships;
        this.requests = requests;
        this.presences = presences;
        this.chat = chat;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        Boolean seeded = tx.execute(status -> {
            if (players.count() > 0) {
                return false;
            }
            players.insertAll(DemoSocialData.players());
            List<FriendshipRepository.Row> friendRows = DemoSocialData.friendships();
            friendships.insertAll(friendRows);
            requests.insertAll(DemoSocialData.pendingRequests(friendRows));
            presences.insertAll(DemoSocialData.presences());
            chat.insertAll(DemoSocialData.chatMessages());
            return true;
        });
        if (Boolean.TRUE.equals(seeded)) {
            log.info("Seeded the demo world's social data ({} players, {} friendship rows, {} chat messages) in {} ms",
                    players.count(), friendships.count(), chat.count(), (System.nanoTime() - started) / 1_000_000);
        } else {
            log.info("Database already has players; demo seed skipped");
        }
    }
}
