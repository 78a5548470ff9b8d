package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsTypeResolver;
import gg.arena.social.domain.ChatAttachment;
import gg.arena.social.domain.SharedItem;
import gg.arena.social.domain.SharedMatch;

@DgsComponent
public class ChatAttachmentTypeResolver {

    /** union ChatAttachment: Item (store) or Match (matches), references by key. */
    @DgsTypeResolver(name = "ChatAttachment")
    public String resolve(ChatAttachment attachment) {
        return switch (attachment) {
            case SharedItem item -> "Item";
            case SharedMatch match -> "Match";
        };
    }
}
