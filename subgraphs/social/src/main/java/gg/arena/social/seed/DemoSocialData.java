package gg.arena.social.seed;

import gg.arena.social.domain.ChatAttachment;
import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.FriendRequest;
import gg.arena.social.domain.FriendRequestStatus;
import gg.arena.social.domain.Player;
import gg.arena.social.domain.PresenceStatus;
import gg.arena.social.domain.SharedItem;
import gg.arena.social.domain.SharedMatch;
import gg.arena.social.repository.FriendRequestRepository;
import gg.arena.social.repository.FriendshipRepository;
import gg.arena.social.repository.KnownPlayerRepository.KnownPlayer;
import gg.arena.social.repository.PresenceRepository;
import gg.arena.subgraph.demo.DemoWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo world's social data, as pure functions of {@link DemoWorld}: the same rows on every
 * machine and every start. Times are fixed instants, not "now", for the same reason.
 */
public final class DemoSocialData {

    /** Every seeded player ends up with this many friends at least and at most. */
    public static final int MIN_FRIENDS = 5;
    public static final int MAX_FRIENDS = 15;
    public static final int CHAT_MESSAGES = 300;
    public static final int PENDING_REQUESTS = 100;

    static final Instant FRIENDS_SINCE = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant RECENT = Instant.parse("2026-11-01T00:00:00Z");

    private static final String[] LINES = {
        "gg", "anyone up for ranked?", "lf2m for a quick match", "that last round was wild",
        "who wants to duo tonight?", "new patch feels great", "nice clutch!", "brb, grabbing a snack",
        "check out this item", "rematch?", "queue times are short today", "good luck everyone",
        "that was a close one", "hello from the other side of the map", "team up after this?",
    };

    private DemoSocialData() {}

    /** The 1000 DemoWorld players. */
    public static List<KnownPlayer> players() {
        List<KnownPlayer> players = new ArrayList<>(DemoWorld.PLAYERS);
        for (int n = 1; n <= DemoWorld.PLAYERS; n++) {
            players.add(new KnownPlayer(DemoWorld.playerId(n), DemoWorld.handle(n), RECENT));
        }
        return players;
    }

    /**
     * Friendships, both directions of each: every player is given a target of 5..15 friends and
     * picks random partners who are still under 15; the cap keeps everyone within 5..15.
     */
    public static List<FriendshipRepository.Row> friendships() {
        int n = DemoWorld.PLAYERS;
        DemoWorld.Random random = new DemoWorld.Random(4004_0001L);
        int[] target = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            target[i] = MIN_FRIENDS + random.nextInt(MAX_FRIENDS - MIN_FRIENDS + 1);
        }
        List<Set<Integer>> friends = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            friends.add(new HashSet<>());
        }
        List<FriendshipRepository.Row> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            for (int attempts = 0; friends.get(i).size() < target[i] && attempts < 1000; attempts++) {
                int j = 1 + random.nextInt(n);
                if (j == i || friends.get(j).size() >= MAX_FRIENDS || !friends.get(i).add(j)) {
                    continue;
                }
                friends.get(j).add(i);
                Instant since = FRIENDS_SINCE.plus(Duration.ofMinutes(random.nextInt(600 * 24 * 60)));
                rows.add(new FriendshipRepository.Row(DemoWorld.playerId(i), DemoWorld.playerId(j), since));
                rows.add(new FriendshipRepository.Row(DemoWorld.playerId(j), DemoWorld.playerId(i), since));
            }
        }
        return rows;
    }

    /** About 40% of the players have a presence; the rest are OFFLINE with no last-seen time. */
    public static List<PresenceRepository.Row> presences() {
        DemoWorld.Random random = new DemoWorld.Random(4004_0002L);
        PresenceStatus[] statuses = PresenceStatus.values();
        List<PresenceRepository.Row> rows = new ArrayList<>();
        for (int i = 1; i <= DemoWorld.PLAYERS; i++) {
            if (random.nextInt(10) < 4) {
                rows.add(new PresenceRepository.Row(DemoWorld.playerId(i), statuses[random.nextInt(statuses.length)],
                        RECENT.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)))));
            }
        }
        return rows;
    }

    /**
     * Pending requests between players who are not friends, at most one per pair, ids
     * {@code fr-0001}…; {@code friendships} is what {@link #friendships()} returned.
     */
    public static List<FriendRequest> pendingRequests(List<FriendshipRepository.Row> friendships) {
        Set<String> taken = new HashSet<>();
        for (FriendshipRepository.Row row : friendships) {
            taken.add(FriendRequestRepository.pendingPair(row.playerId(), row.friendId()));
        }
        DemoWorld.Random random = new DemoWorld.Random(4004_0003L);
        List<FriendRequest> requests = new ArrayList<>();
        while (requests.size() < PENDING_REQUESTS) {
            int from = 1 + random.nextInt(DemoWorld.PLAYERS);
            int to = 1 + random.nextInt(DemoWorld.PLAYERS);
            if (from == to || !taken.add(FriendRequestRepository.pendingPair(DemoWorld.playerId(from), DemoWorld.playerId(to)))) {
                continue;
            }
            requests.add(new FriendRequest(
                    String.format("fr-%04d", requests.size() + 1),
                    Player.withHandle(DemoWorld.playerId(from), DemoWorld.handle(from)),
                    Player.withHandle(DemoWorld.playerId(to), DemoWorld.handle(to)),
                    FriendRequestStatus.PENDING,
                    RECENT.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)))));
        }
        return requests;
    }

    /**
     * Chat in time order: half in {@code global}, half in the author's region channel
     * ({@code region:eu}, …); some messages share a store item or a match.
     */
    public static List<ChatMessage> chatMessages() {
        DemoWorld.Random random = new DemoWorld.Random(4004_0004L);
        List<ChatMessage> messages = new ArrayList<>(CHAT_MESSAGES);
        Instant at = RECENT;
        for (int i = 1; i <= CHAT_MESSAGES; i++) {
            int author = 1 + random.nextInt(DemoWorld.PLAYERS);
            String channel = i % 2 == 0 ? "global" : "region:" + DemoWorld.region(author).toLowerCase(Locale.ROOT);
            at = at.plus(Duration.ofSeconds(30 + random.nextInt(600)));
            ChatAttachment attachment = null;
            if (i % 7 == 0) {
                attachment = new SharedItem(String.format("SKU-%04d", 1 + random.nextInt(DemoWorld.ITEMS)));
            } else if (i % 11 == 0) {
                attachment = new SharedMatch(String.format("m-%05d", 1 + random.nextInt(DemoWorld.MATCHES)));
            }
            messages.add(new ChatMessage(0, String.format("msg-%05d", i), channel, LINES[random.nextInt(LINES.length)],
                    at, Player.withHandle(DemoWorld.playerId(author), DemoWorld.handle(author)), attachment));
        }
        return messages;
    }
}
