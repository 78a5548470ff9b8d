package gg.arena.store.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.store.domain.InventoryEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inventory} table: one row per (player, sku). */
@Repository
public class InventoryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public InventoryRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The entries of these players, in one statement, each player's oldest first. */
    public List<InventoryEntry> findAll(Collection<String> playerIds) {
        if (playerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT player_id, sku, quantity, acquired_at FROM inventory"
                        + " WHERE player_id IN (:ids) ORDER BY player_id, acquired_at, sku")
                .param("ids", playerIds)
                .query(InventoryRepository::map)
                .list();
    }

    /**
     * Adds {@code quantity} of {@code sku}. Update-then-insert is race-free here because the caller
     * holds the row lock of the player's wallet (taken by the debit) until it commits.
     */
    public void grant(String playerId, String sku, int quantity, Instant now) {
        int updated = jdbc.sql("UPDATE inventory SET quantity = quantity + :q WHERE player_id = :p AND sku = :sku")
                .param("q", quantity)
                .param("p", playerId)
                .param("sku", sku)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO inventory (player_id, sku, quantity, acquired_at) VALUES (:p, :sku, :q, :now)")
                    .param("p", playerId)
                    .param("sku", sku)
                    .param("q", quantity)
                    .param("now", SqlTime.bind(now))
                    .update();
        }
    }

    /** Inserts the entries as one JDBC batch (seeding). */
    public void insertAll(List<InventoryEntry> entries) {
        batch.batchUpdate("INSERT INTO inventory (player_id, sku, quantity, acquired_at) VALUES (?, ?, ?, ?)",
                entries, 1000,
                (ps, e) -> {
                    ps.setString(1, e.playerId());
                    ps.setString(2, e.sku());
                    ps.setInt(3, e.quantity());
                    ps.setObject(4, SqlTime.bind(e.acquiredAt()));
                });
    }

    private static InventoryEntry map(ResultSet rs, int row) throws SQLException {
        return new InventoryEntry(
                rs.getString("player_id"), rs.getString("sku"), rs.getInt("quantity"), SqlTime.read(rs, "acquired_at"));
    }
}
