package gg.arena.social.services;

import gg.arena.social.repository.KnownPlayerRepository;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.errors.InvalidInputException;
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
    /** Longest handle stored (the column width; the players service allows 3..20). */
    public static final int MAX_HANDLE_LENGTH = 64;

    private final KnownPlayerRepository players;

    public PlayerDirectory(KnownPlayerRepository players) {
        this.players = players;
    }

    /**
     * The signed-in player, checked before an action so a token with an unusable id or handle
     * fails cleanly (PLAYER_ID_INVALID, HANDLE_INVALID) instead of at the database. A token
     * without a handle acts under its id.
     */
    public static PlayerPrincipal actor(PlayerPrincipal player) {
        if (!plausibleId(player.playerId())) {
            throw new InvalidInputException("PLAYER_ID_INVALID",
                    "The bearer token names the player " + Quote.of(player.playerId())
                            + "; a player id is 1.." + MAX_ID_LENGTH + " characters.");
        }
        String handle = player.handle() == null || player.handle().isBlank() ? player.playerId() : player.handle();
        if (handle.length() > MAX_HANDLE_LENGTH) {
            throw new InvalidInputException("HANDLE_INVALID",
                    "The bearer token's handle is longer than " + MAX_HANDLE_LENGTH + " characters.");
        }
        return new PlayerPrincipal(player.playerId(), handle, player.region(), player.rating());
    }

    /** Records (or refreshes) the acting player, as returned by {@link #actor}; call inside the action's transaction. */
    public void remember(PlayerPrincipal player, Instant at) {
        players.remember(player.playerId(), player.handle(), at);
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
