package gg.arena.social.services;

import gg.arena.social.domain.Presence;
import gg.arena.social.domain.PresenceStatus;
import gg.arena.social.events.SocialEventsPublisher;
import gg.arena.social.repository.PresenceRepository;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.errors.InvalidInputException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Setting a player's presence; reading goes through the presence DataLoader. */
@Service
public class PresenceService {

    private final PlayerDirectory directory;
    private final PresenceRepository presences;
    private final SocialEventsPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public PresenceService(PlayerDirectory directory, PresenceRepository presences, SocialEventsPublisher events,
            TransactionTemplate tx, Clock clock) {
        this.directory = directory;
        this.presences = presences;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Stores the status with the current time as last seen, and announces it after the commit. */
    public Presence set(PlayerPrincipal signedIn, PresenceStatus status) {
        PlayerPrincipal player = PlayerDirectory.actor(signedIn);
        if (status == null) {
            throw new InvalidInputException("STATUS_INVALID", "A presence status is required.");
        }
        Presence presence = new Presence(status, clock.instant());
        tx.executeWithoutResult(s -> {
            directory.remember(player, presence.lastSeenAt());
            presences.save(player.playerId(), presence);
        });
        events.presenceChanged(player.playerId(), presence);
        return presence;
    }
}
