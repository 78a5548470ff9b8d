package gg.arena.store.services;

import gg.arena.store.domain.Wallet;
import gg.arena.store.repository.WalletRepository;
import gg.arena.subgraph.demo.DemoWorld;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Wallets, opened on first use: the store learns of a player only when the player shows up
 * (in a representation or a purchase), so a player without a row gets one holding
 * {@link DemoWorld#STARTING_GEMS}. Reading many wallets is one SELECT; the wallets that were
 * missing are then created in one batch, so the balance and {@code updatedAt} a client saw
 * stay true on its next read.
 */
@Service
public class WalletService {

    private final WalletRepository wallets;
    private final Clock clock;

    public WalletService(WalletRepository wallets, Clock clock) {
        this.wallets = wallets;
        this.clock = clock;
    }

    /** The wallet a player gets on first use. */
    public static Wallet opening(String playerId, Instant now) {
        return new Wallet(playerId, DemoWorld.STARTING_GEMS, now);
    }

    /** The wallets of these players, opening the missing ones: one SELECT, then at most one batch INSERT. */
    public Map<String, Wallet> walletsOf(Set<String> playerIds) {
        Map<String, Wallet> byPlayer = new HashMap<>();
        for (Wallet wallet : wallets.findAll(playerIds)) {
            byPlayer.put(wallet.playerId(), wallet);
        }
        List<Wallet> opened = new ArrayList<>();
        Instant now = now();
        for (String id : playerIds) {
            if (!byPlayer.containsKey(id)) {
                Wallet wallet = opening(id, now);
                opened.add(wallet);
                byPlayer.put(id, wallet);
            }
        }
        wallets.insertMissing(opened);
        return byPlayer;
    }

    /** Opens the player's wallet if there is none yet (inside the caller's transaction). */
    public void ensureWallet(String playerId) {
        wallets.insertIfMissing(opening(playerId, now()));
    }

    private Instant now() {
        // The API shows milliseconds; storing exactly that keeps a re-read identical.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
