package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.social.domain.ChatAttachmentInput;
import gg.arena.social.domain.ChatMessage;
import gg.arena.social.services.ChatService;
import gg.arena.subgraph.auth.Viewer;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

@DgsComponent
public class SendChatMessageDataFetcher {

    private final ChatService chat;
    private final Viewer viewer;

    public SendChatMessageDataFetcher(ChatService chat, Viewer viewer) {
        this.chat = chat;
        this.viewer = viewer;
    }

    /** Mutation.sendChatMessage */
    @DgsMutation
    public ChatMessage sendChatMessage(DataFetchingEnvironment env,
            @InputArgument String channel, @InputArgument String text) {
        Map<String, Object> attachment = env.getArgument("attachment");
        ChatAttachmentInput input = attachment == null ? null
                : new ChatAttachmentInput((String) attachment.get("itemSku"), (String) attachment.get("matchId"));
        return chat.post(viewer.require(env), channel, text, input);
    }
}
