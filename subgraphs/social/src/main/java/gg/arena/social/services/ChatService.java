package gg.arena.social.services;

import gg.arena.social.domain.ChatAttachment;
import gg.arena.social.domain.ChatAttachmentInput;
import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.ChatPage;
import gg.arena.social.domain.Player;
import gg.arena.social.events.SocialEventsPublisher;
import gg.arena.social.repository.ChatMessageRepository;
import gg.arena.subgraph.auth.PlayerPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Posting to and reading chat channels. */
@Service
public class ChatService {

    private final PlayerDirectory directory;
    private final ChatMessageRepository messages;
    private final SocialEventsPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ChatService(PlayerDirectory directory, ChatMessageRepository messages, SocialEventsPublisher events,
            TransactionTemplate tx, Clock clock) {
        this.directory = directory;
        this.messages = messages;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Validates everything first, then stores the message and announces it after the commit. */
    public ChatMessage post(PlayerPrincipal signedIn, String channel, String text, ChatAttachmentInput attachmentInput) {
        PlayerPrincipal author = PlayerDirectory.actor(signedIn);
        String validChannel = ChatRules.channel(channel);
        String validText = ChatRules.text(text);
        ChatAttachment attachment = ChatRules.attachment(attachmentInput);
        Instant now = clock.instant();
        ChatMessage stored = tx.execute(status -> {
            directory.remember(author, now);
            return messages.insert(new ChatMessage(0, "msg-" + UUID.randomUUID(), validChannel, validText, now,
                    Player.withHandle(author.playerId(), author.handle()),
                    attachment));
        });
        events.chatMessagePosted(stored);
        return stored;
    }

    /**
     * Up to {@code size} messages older than {@code beforeSeq} (the newest when null), newest
     * first. Reads one extra row to know whether older ones exist; asks whether newer ones
     * exist only when paging (without a cursor the page starts at the newest).
     */
    public ChatPage history(String channel, int size, Long beforeSeq) {
        String validChannel = ChatRules.channel(channel);
        List<ChatMessage> rows = messages.findBefore(validChannel, beforeSeq, size + 1);
        boolean olderExist = rows.size() > size;
        List<ChatMessage> page = olderExist ? rows.subList(0, size) : rows;
        boolean newerExist = beforeSeq != null && messages.existsFrom(validChannel, beforeSeq);
        return new ChatPage(List.copyOf(page), olderExist, newerExist);
    }
}
