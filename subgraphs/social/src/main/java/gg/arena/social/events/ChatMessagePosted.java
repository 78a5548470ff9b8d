package gg.arena.social.events;

import gg.arena.social.domain.ChatAttachment;
import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.Player;
import java.time.Instant;

/** A stored chat message as it travels on the event bus (flat, so it reads back from JSON as is). */
public record ChatMessagePosted(long seq, String id, String channel, String text, Instant sentAt, String authorId,
        String authorHandle, String attachmentKind, String attachmentRef) {

    public static ChatMessagePosted of(ChatMessage message) {
        ChatAttachment attachment = message.attachment();
        return new ChatMessagePosted(message.seq(), message.id(), message.channel(), message.text(), message.sentAt(),
                message.author().id(), message.author().handle(),
                attachment == null ? null : attachment.kind(), attachment == null ? null : attachment.refId());
    }

    public ChatMessage toMessage() {
        return new ChatMessage(seq, id, channel, text, sentAt, Player.withHandle(authorId, authorHandle),
                ChatAttachment.of(attachmentKind, attachmentRef));
    }
}
