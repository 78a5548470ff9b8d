package gg.arena.social;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.subgraph.testing.StatementCounter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Chat over HTTP: sending, history paging backwards, attachments, and every input error with
 * nothing written. Run on H2 ({@link ChatFlowsTest}) and on PostgreSQL ({@link PostgresChatFlowsTest}).
 */
abstract class ChatFlows extends GraphQlHttpTest {

    static final String SEND = """
            mutation($channel: String!, $text: String!, $attachment: ChatAttachmentInput) {
              sendChatMessage(channel: $channel, text: $text, attachment: $attachment) {
                id channel text sentAt
                author { id handle }
                attachment { __typename ... on Item { sku } ... on Match { id } }
              }
            }
            """;

    static final String HISTORY = """
            query($channel: String!, $first: Int, $before: String) {
              chatHistory(channel: $channel, first: $first, before: $before) {
                edges { cursor node { id text author { id handle } attachment { __typename ... on Item { sku } ... on Match { id } } } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

    @Autowired
    StatementCounter statements;

    GraphQlResponse send(TestPlayer author, String channel, String text, Map<String, Object> attachment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("channel", channel);
        variables.put("text", text);
        variables.put("attachment", attachment);
        return graphql(SEND, variables, author == null ? null : author.token());
    }

    GraphQlResponse history(String channel, Integer first, String before) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("channel", channel);
        variables.put("first", first);
        variables.put("before", before);
        return graphql(HISTORY, variables);
    }

    static String freshChannel() {
        return "test:" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSentMessageComesBackWithItsAuthorFromTheToken() {
        TestPlayer alice = newPlayer("alice");
        String channel = freshChannel();

        GraphQlResponse sent = send(alice, channel, "  hello there  ", null).ok();

        assertThat(sent.<String>read("$.data.sendChatMessage.id")).startsWith("msg-");
        assertThat(sent.<String>read("$.data.sendChatMessage.channel")).isEqualTo(channel);
        assertThat(sent.<String>read("$.data.sendChatMessage.text")).isEqualTo("hello there");
        assertThat(sent.<String>read("$.data.sendChatMessage.sentAt")).endsWith("Z");
        assertThat(sent.<String>read("$.data.sendChatMessage.author.id")).isEqualTo(alice.id());
        assertThat(sent.<String>read("$.data.sendChatMessage.author.handle")).isEqualTo(alice.handle());
        assertThat(sent.<Object>read("$.data.sendChatMessage.attachment")).isNull();
        // Acting made the player known to social, with the handle of the token.
        assertThat(jdbc.sql("SELECT handle FROM known_players WHERE player_id = :id").param("id", alice.id())
                .query(String.class).single()).isEqualTo(alice.handle());
    }

    @Test
    void historyPagesBackwardsWithoutDuplicatesEvenWhileMessagesArrive() {
        TestPlayer bob = newPlayer("bob");
        String channel = freshChannel();
        List<String> sent = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            sent.add(send(bob, channel, "message " + i, null).ok().read("$.data.sendChatMessage.id"));
        }

        GraphQlResponse newest = history(channel, 3, null).ok();
        assertThat(newest.<List<String>>read("$.data.chatHistory.edges[*].node.id"))
                .containsExactly(sent.get(6), sent.get(5), sent.get(4));
        assertThat(newest.<Boolean>read("$.data.chatHistory.pageInfo.hasPreviousPage")).isTrue();
        assertThat(newest.<Boolean>read("$.data.chatHistory.pageInfo.hasNextPage")).isFalse();
        List<String> cursors = newest.read("$.data.chatHistory.edges[*].cursor");
        // In time order the page starts at its oldest message: the last edge.
        assertThat(newest.<String>read("$.data.chatHistory.pageInfo.startCursor")).isEqualTo(cursors.getLast());
        assertThat(newest.<String>read("$.data.chatHistory.pageInfo.endCursor")).isEqualTo(cursors.getFirst());

        // A message arriving between pages must not shift the older pages.
        send(bob, channel, "late arrival", null).ok();

        List<String> walked = new ArrayList<>(newest.<List<String>>read("$.data.chatHistory.edges[*].node.id"));
        String before = newest.read("$.data.chatHistory.pageInfo.startCursor");
        List<Boolean> hasPrevious = new ArrayList<>();
        List<Boolean> hasNext = new ArrayList<>();
        boolean more = true;
        while (more) {
            GraphQlResponse page = history(channel, 3, before).ok();
            walked.addAll(page.read("$.data.chatHistory.edges[*].node.id"));
            more = page.read("$.data.chatHistory.pageInfo.hasPreviousPage");
            hasPrevious.add(more);
            hasNext.add(page.read("$.data.chatHistory.pageInfo.hasNextPage"));
            before = page.read("$.data.chatHistory.pageInfo.startCursor");
        }

        assertThat(walked).doesNotHaveDuplicates()
                .containsExactly(sent.get(6), sent.get(5), sent.get(4), sent.get(3), sent.get(2), sent.get(1), sent.get(0));
        assertThat(hasPrevious).containsExactly(true, false);
        assertThat(hasNext).containsOnly(true);
    }

    @Test
    void anEmptyChannelHasNoEdgesAndNoCursors() {
        GraphQlResponse page = history(freshChannel(), 10, null).ok();

        assertThat(page.<List<Object>>read("$.data.chatHistory.edges")).isEmpty();
        assertThat(page.<Boolean>read("$.data.chatHistory.pageInfo.hasPreviousPage")).isFalse();
        assertThat(page.<Object>read("$.data.chatHistory.pageInfo.startCursor")).isNull();
    }

    @Test
    void attachmentsResolveToTheRightUnionMember() {
        TestPlayer carol = newPlayer("carol");
        String channel = freshChannel();

        GraphQlResponse item = send(carol, channel, "look at this", Map.of("itemSku", "SKU-0042")).ok();
        GraphQlResponse match = send(carol, channel, "what a match", Map.of("matchId", "m-00017")).ok();

        assertThat(item.<String>read("$.data.sendChatMessage.attachment.__typename")).isEqualTo("Item");
        assertThat(item.<String>read("$.data.sendChatMessage.attachment.sku")).isEqualTo("SKU-0042");
        assertThat(match.<String>read("$.data.sendChatMessage.attachment.__typename")).isEqualTo("Match");
        assertThat(match.<String>read("$.data.sendChatMessage.attachment.id")).isEqualTo("m-00017");

        GraphQlResponse page = history(channel, 10, null).ok();
        assertThat(page.<List<String>>read("$.data.chatHistory.edges[*].node.attachment.__typename"))
                .containsExactly("Match", "Item");
        assertThat(page.<String>read("$.data.chatHistory.edges[1].node.attachment.sku")).isEqualTo("SKU-0042");
        assertThat(page.<String>read("$.data.chatHistory.edges[0].node.author.handle")).isEqualTo(carol.handle());
    }

    @Test
    void theSeededGlobalChannelHasHistory() {
        GraphQlResponse page = history("global", 100, null).ok();

        assertThat(page.<List<Object>>read("$.data.chatHistory.edges")).hasSize(100);
        assertThat(page.<Boolean>read("$.data.chatHistory.pageInfo.hasPreviousPage")).isTrue();
        assertThat(page.<List<String>>read("$.data.chatHistory.edges[*].node.author.handle")).doesNotContainNull();
    }

    @Test
    void textAtTheLimitIsAccepted() {
        TestPlayer dave = newPlayer("dave");
        String fiveHundredEmoji = "\uD83C\uDFAE".repeat(500);

        send(dave, freshChannel(), "x".repeat(500), null).ok();
        GraphQlResponse emoji = send(dave, freshChannel(), fiveHundredEmoji, null).ok();

        assertThat(emoji.<String>read("$.data.sendChatMessage.text")).isEqualTo(fiveHundredEmoji);
    }

    @Test
    void everyInputErrorHasItsCodeAndWritesNothing() {
        TestPlayer eve = newPlayer("eve");
        String ok = freshChannel();
        record Case(String channel, String text, Map<String, Object> attachment, String code) {}
        List<Case> cases = List.of(
                new Case("", "hi", null, "CHANNEL_INVALID"),
                new Case("c".repeat(65), "hi", null, "CHANNEL_INVALID"),
                new Case("has space", "hi", null, "CHANNEL_INVALID"),
                new Case("emoji\uD83C\uDFAE", "hi", null, "CHANNEL_INVALID"),
                new Case(ok, "", null, "TEXT_EMPTY"),
                new Case(ok, " \n\t ", null, "TEXT_EMPTY"),
                new Case(ok, "x".repeat(501), null, "TEXT_TOO_LONG"),
                new Case(ok, "y".repeat(10 * 1024), null, "TEXT_TOO_LONG"),
                new Case(ok, "nul\u0000inside", null, "TEXT_INVALID"),
                new Case(ok, "hi", Map.of(), "ATTACHMENT_INVALID"),
                new Case(ok, "hi", Map.of("itemSku", "SKU-0001", "matchId", "m-00001"), "ATTACHMENT_INVALID"),
                new Case(ok, "hi", Map.of("itemSku", "SKU-12"), "ATTACHMENT_INVALID"),
                new Case(ok, "hi", Map.of("itemSku", "sku-0001"), "ATTACHMENT_INVALID"),
                new Case(ok, "hi", Map.of("itemSku", "SKU-" + "9".repeat(10_000)), "ATTACHMENT_INVALID"),
                new Case(ok, "hi", Map.of("matchId", ""), "ATTACHMENT_INVALID"),
                new Case(ok, "hi", Map.of("matchId", "m".repeat(65)), "ATTACHMENT_INVALID"));

        for (Case c : cases) {
            DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
            statements.reset();

            GraphQlResponse response = send(eve, c.channel(), c.text(), c.attachment());

            assertThat(response.errorCode()).as("%s", c).isEqualTo(c.code());
            assertThat(response.<Object>read("$.data")).as("%s", c).isNull();
            // Rejected before any SQL at all, so certainly before anything is written.
            assertThat(statements.statements()).as("%s", c).isEmpty();
            assertThat(DatabaseSnapshot.take(jdbc)).as("%s", c).isEqualTo(before);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM known_players WHERE player_id = :id").param("id", eve.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void sendingNeedsABearerToken() {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);

        assertThat(send(null, freshChannel(), "anonymous", null).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void historyRejectsABadChannelCursorOrPageSize() {
        assertThat(history("bad channel", 10, null).errorCode()).isEqualTo("CHANNEL_INVALID");
        assertThat(history("global", 10, "garbage!").errorCode()).isEqualTo("INVALID_CURSOR");
        assertThat(history("global", 0, null).errorCode()).isEqualTo("INVALID_PAGE_SIZE");
    }

    @Test
    void aTokenWithAnUnusableIdOrHandleIsRejectedBeforeAnyWrite() {
        TestPlayer longId = player("p-" + "1".repeat(100), "fine_handle", "EU");
        TestPlayer longHandle = player("t-long-handle", "h".repeat(65), "EU");
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);

        assertThat(send(longId, freshChannel(), "hi", null).errorCode()).isEqualTo("PLAYER_ID_INVALID");
        assertThat(send(longHandle, freshChannel(), "hi", null).errorCode()).isEqualTo("HANDLE_INVALID");
        assertThat(graphql("mutation { setPresence(status: ONLINE) { status } }", Map.of(), longId.token())
                .errorCode()).isEqualTo("PLAYER_ID_INVALID");

        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }
}
