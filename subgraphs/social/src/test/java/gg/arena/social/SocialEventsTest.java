package gg.arena.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The events seam: each committed change is announced once, a failed mutation never. */
@InMemoryDatabaseTest
class SocialEventsTest extends GraphQlHttpTest {

    @Autowired
    RecordingSocialEvents recorded;

    @Test
    void committedChangesAreAnnouncedAndFailuresAreNot() {
        TestPlayer pat = newPlayer("pat");
        TestPlayer quinn = newPlayer("quinn");
        int start = recorded.events().size();

        graphql("mutation { setPresence(status: AWAY) { status } }", Map.of(), quinn.token()).ok();
        String messageId = graphql("mutation { sendChatMessage(channel: \"events\", text: \"hi\") { id } }",
                Map.of(), pat.token()).ok().read("$.data.sendChatMessage.id");
        graphql("mutation { sendChatMessage(channel: \"events\", text: \"   \") { id } }", Map.of(), pat.token());
        String requestId = graphql("mutation($to: ID!) { sendFriendRequest(toPlayerId: $to) { id } }",
                Map.of("to", quinn.id()), pat.token()).ok().read("$.data.sendFriendRequest.id");
        graphql("mutation($to: ID!) { sendFriendRequest(toPlayerId: $to) { id } }", Map.of("to", quinn.id()), pat.token());
        graphql("mutation($id: ID!) { acceptFriendRequest(requestId: $id) { id } }",
                Map.of("id", requestId), quinn.token()).ok();

        List<String> mine = recorded.events().subList(start, recorded.events().size()).stream()
                .filter(e -> e.contains(pat.id()) || e.contains(quinn.id()) || e.contains(messageId) || e.contains(requestId))
                .toList();
        assertThat(mine).containsExactly(
                "presence:" + quinn.id() + ":AWAY",
                "chat:" + messageId,
                "request:" + requestId + ":PENDING",
                "request:" + requestId + ":ACCEPTED");
    }
}
