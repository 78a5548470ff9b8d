package gg.arena.social.services;

import gg.arena.social.repository.KnownPlayerRepository;
import gg.arena.subgraph.auth.PlayerPrincipal;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The players social knows of. Social does not call the players service: it learns of a
 * player from the demo seed and from the bearer token of every signed-in player who acts here.
 */
@Service
public class PlayerDirectory {

    /** Longest player id accepted anywhere in social (the column width). */
    public static final int MAX_ID_LENGTH = 64;

    private final KnownPlayerRepository players;

    public PlayerDirectory(KnownPlayerRepository players) {
        this.players = players;
    }

    /** Records (or refreshes) the acting player; call inside the action's transaction. */
    public void remember(PlayerPrincipal player, Instant at) {
        String handle = player.handle() == null || player.handle().isBlank() ? player.playerId() : player.handle();
        players.remember(player.playerId(), handle, at);
    }

    /** Whether the id names a player social knows of; malformed ids are answered without a query. */
    public boolean knows(String playerId) {
        if (!plausibleId(playerId)) {
            return false;
        }
        return players.exists(playerId);
    }

    /** Whether a client-supplied id could name anything (non-blank, at most 64 characters). */
    public static boolean plausibleId(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH;
    }
}
