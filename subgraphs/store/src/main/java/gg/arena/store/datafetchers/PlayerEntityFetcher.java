package gg.arena.store.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import gg.arena.store.domain.Player;
import gg.arena.subgraph.errors.InvalidInputException;
import java.util.Map;

/**
 * Resolves {@code Player} representations without touching the database: every player id has a
 * wallet (opened on first use) and an inventory, so only the id is needed here; the fields load
 * through DataLoaders. A representation without a usable id fails alone, as an error at its
 * {@code _entities} index (DGS reports it without {@code extensions.code}).
 */
@DgsComponent
public class PlayerEntityFetcher {

    static final int MAX_ID_LENGTH = 64;

    /** _entities(Player) */
    @DgsEntityFetcher(name = "Player")
    public Player player(Map<String, Object> values) {
        Object id = values.get("id");
        if (!(id instanceof String s) || s.isBlank() || s.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("INVALID_PLAYER_ID",
                    "A Player representation needs an 'id' of 1 to " + MAX_ID_LENGTH + " characters.");
        }
        return new Player(s);
    }
}
