package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.ChatMessageConnection;
import gg.arena.social.domain.ChatMessageEdge;
import gg.arena.social.domain.ChatPage;
import gg.arena.social.domain.PageInfo;
import gg.arena.social.services.ChatService;
import gg.arena.subgraph.paging.Cursors;
import gg.arena.subgraph.paging.PageSize;
import java.util.List;

/**
 * Chat history pages backwards in time. A cursor carries the message's sequence number. Edges
 * come newest first; in time order the page starts at its oldest message, so
 * {@code pageInfo.startCursor} is the last edge's cursor and is what {@code before} takes for
 * the next, older page, while {@code hasPreviousPage} says older messages exist.
 */
@DgsComponent
public class ChatHistoryDataFetcher {

    static final String CURSOR_KIND = "chat";

    private final ChatService chat;

    public ChatHistoryDataFetcher(ChatService chat) {
        this.chat = chat;
    }

    /** Query.chatHistory */
    @DgsQuery
    public ChatMessageConnection chatHistory(
            @InputArgument String channel, @InputArgument Integer first, @InputArgument String before) {
        int size = PageSize.check(first, 50);
        Long beforeSeq = before == null ? null : Cursors.offsetOf(CURSOR_KIND, before);
        ChatPage page = chat.history(channel, size, beforeSeq);
        List<ChatMessageEdge> edges = page.messages().stream()
                .map(m -> new ChatMessageEdge(cursor(m), m))
                .toList();
        PageInfo info = new PageInfo(
                page.newerExist(),
                page.olderExist(),
                edges.isEmpty() ? null : edges.getLast().cursor(),
                edges.isEmpty() ? null : edges.getFirst().cursor());
        return new ChatMessageConnection(edges, info);
    }

    static String cursor(ChatMessage message) {
        return Cursors.offset(CURSOR_KIND, message.seq());
    }
}
