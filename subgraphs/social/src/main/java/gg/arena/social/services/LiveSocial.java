package gg.arena.social.services;

import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.PresenceChange;
import gg.arena.social.events.ChatMessagePosted;
import gg.arena.social.events.PresenceChanged;
import gg.arena.social.events.SocialTopics;
import gg.arena.subgraph.errors.InvalidInputException;
import gg.arena.subgraph.events.EventBus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** The live side of chat and presence: what the subscriptions stream, read from the event bus. */
@Service
public class LiveSocial {

    public static final int MAX_PRESENCE_PLAYERS = 100;
    public static final int MAX_PLAYER_ID_LENGTH = 64;

    private final EventBus bus;

    public LiveSocial(EventBus bus) {
        this.bus = bus;
    }

    /** Messages posted to the channel from now on; CHANNEL_INVALID as for sending. */
    public Flux<ChatMessage> chat(String channel) {
        String valid = ChatRules.channel(channel);
        return bus.subscribe(SocialTopics.chat(valid), ChatMessagePosted.class).map(ChatMessagePosted::toMessage);
    }

    /** Presence changes of 1..100 players (duplicates count once); PLAYER_IDS_INVALID otherwise. */
    public Flux<PresenceChange> presence(List<String> playerIds) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : playerIds == null ? List.<String>of() : playerIds) {
            if (id == null || id.isBlank() || id.length() > MAX_PLAYER_ID_LENGTH) {
                throw new InvalidInputException("PLAYER_IDS_INVALID",
                        "Each player id must be 1.." + MAX_PLAYER_ID_LENGTH + " characters.");
            }
            ids.add(id);
        }
        if (ids.isEmpty() || ids.size() > MAX_PRESENCE_PLAYERS) {
            throw new InvalidInputException("PLAYER_IDS_INVALID",
                    "Watch 1.." + MAX_PRESENCE_PLAYERS + " players at a time; got " + ids.size() + ".");
        }
        return Flux.merge(ids.stream()
                .map(id -> bus.subscribe(SocialTopics.presence(id), PresenceChanged.class))
                .toList())
                .map(PresenceChanged::toChange);
    }
}
