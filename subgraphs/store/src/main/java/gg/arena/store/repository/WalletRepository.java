package gg.arena.store.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.store.domain.Wallet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code wallets} table. */
@Repository
public class WalletRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public WalletRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<Wallet> find(String playerId) {
        return jdbc.sql("SELECT player_id, balance, updated_at FROM wallets WHERE player_id = :p")
                .param("p", playerId)
                .query(WalletRepository::map)
                .optional();
    }

    /** The wallets of these players, in one statement; players without a wallet are absent. */
    public List<Wallet> findAll(Collection<String> playerIds) {
        if (playerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT player_id, balance, updated_at FROM wallets WHERE player_id IN (:ids)")
                .param("ids", playerIds)
                .query(WalletRepository::map)
                .list();
    }

    /**
     * Inserts these wallets as one JDBC batch, skipping players who already have one (a concurrent
     * first use may have created it a moment ago; its row wins).
     */
    public void insertMissing(List<Wallet> wallets) {
        if (wallets.isEmpty()) {
            return;
        }
        batch.batchUpdate("INSERT INTO wallets (player_id, balance, updated_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", wallets, 1000,
                (ps, w) -> {
                    ps.setString(1, w.playerId());
                    ps.setInt(2, w.balance());
                    ps.setObject(3, SqlTime.bind(w.updatedAt()));
                });
    }

    /** Opens {@code wallet} unless the player already has one; one statement. */
    public void insertIfMissing(Wallet wallet) {
        jdbc.sql("INSERT INTO wallets (player_id, balance, updated_at) VALUES (:p, :balance, :now) ON CONFLICT DO NOTHING")
                .param("p", wallet.playerId())
                .param("balance", wallet.balance())
                .param("now", SqlTime.bind(wallet.updatedAt()))
                .update();
    }

    /** Inserts these wallets as one JDBC batch (seeding an empty table). */
    public void insertAll(List<Wallet> wallets) {
        batch.batchUpdate("INSERT INTO wallets (player_id, balance, updated_at) VALUES (?, ?, ?)", wallets, 1000,
                (ps, w) -> {
                    ps.setString(1, w.playerId());
                    ps.setInt(2, w.balance());
                    ps.setObject(3, SqlTime.bind(w.updatedAt()));
                });
    }

    /**
     * Takes {@code amount} gems if the wallet holds at least that many, atomically: the condition
     * sits in the UPDATE, so two concurrent debits can never drive the balance below zero.
     *
     * @return whether the wallet was debited
     */
    public boolean debitIfCovered(String playerId, int amount, Instant now) {
        return jdbc.sql("UPDATE wallets SET balance = balance - :total, updated_at = :now"
                        + " WHERE player_id = :p AND balance >= :total")
                .param("total", amount)
                .param("now", SqlTime.bind(now))
                .param("p", playerId)
                .update() == 1;
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM wallets").query(Integer.class).single() == 0;
    }

    private static Wallet map(ResultSet rs, int row) throws SQLException {
        return new Wallet(rs.getString("player_id"), rs.getInt("balance"), SqlTime.read(rs, "updated_at"));
    }
}
