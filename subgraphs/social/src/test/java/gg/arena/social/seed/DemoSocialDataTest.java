package gg.arena.social.seed;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.social.domain.ChatMessage;
import gg.arena.social.repository.FriendRequestRepository;
import gg.arena.social.repository.FriendshipRepository;
import gg.arena.subgraph.demo.DemoWorld;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoSocialDataTest {

    @Test
    void everySeededPlayerHasFiveToFifteenFriends() {
        Map<String, Integer> degree = new HashMap<>();
        for (FriendshipRepository.Row row : DemoSocialData.friendships()) {
            degree.merge(row.playerId(), 1, Integer::sum);
        }
        assertThat(degree).hasSize(DemoWorld.PLAYERS);
        assertThat(degree.values()).allSatisfy(d -> assertThat(d).isBetween(5, 15));
    }

    @Test
    void friendshipsAreSymmetricWithoutDuplicatesOrSelf() {
        Set<String> directed = new HashSet<>();
        for (FriendshipRepository.Row row : DemoSocialData.friendships()) {
            assertThat(row.playerId()).isNotEqualTo(row.friendId());
            assertThat(directed.add(row.playerId() + ">" + row.friendId())).isTrue();
        }
        for (String edge : directed) {
            String[] ends = edge.split(">");
            assertThat(directed.contains(ends[1] + ">" + ends[0])).as("reverse of %s", edge).isTrue();
        }
    }

    @Test
    void theSeedIsTheSameEveryTime() {
        assertThat(DemoSocialData.friendships()).isEqualTo(DemoSocialData.friendships());
        assertThat(DemoSocialData.presences()).isEqualTo(DemoSocialData.presences());
        assertThat(DemoSocialData.chatMessages()).isEqualTo(DemoSocialData.chatMessages());
    }

    @Test
    void pendingRequestsNeverPairFriendsOrRepeatAPair() {
        var friendships = DemoSocialData.friendships();
        Set<String> friendPairs = new HashSet<>();
        friendships.forEach(r -> friendPairs.add(FriendRequestRepository.pendingPair(r.playerId(), r.friendId())));
        Set<String> requestPairs = new HashSet<>();
        DemoSocialData.pendingRequests(friendships).forEach(r -> {
            String pair = FriendRequestRepository.pendingPair(r.from().id(), r.to().id());
            assertThat(friendPairs).doesNotContain(pair);
            assertThat(requestPairs.add(pair)).isTrue();
        });
        assertThat(requestPairs).hasSize(DemoSocialData.PENDING_REQUESTS);
    }

    @Test
    void chatIsInTimeOrderAcrossGlobalAndRegionChannels() {
        var messages = DemoSocialData.chatMessages();
        assertThat(messages).hasSize(DemoSocialData.CHAT_MESSAGES);
        assertThat(messages).extracting(ChatMessage::sentAt).isSorted();
        assertThat(messages).extracting(ChatMessage::channel).contains("global", "region:eu", "region:na");
        assertThat(messages).filteredOn(m -> m.attachment() != null).isNotEmpty();
    }
}
