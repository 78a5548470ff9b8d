package gg.arena.store.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.store.domain.InsufficientFunds;
import gg.arena.store.domain.ItemNotFound;
import gg.arena.store.domain.PurchaseRequest;
import gg.arena.store.domain.PurchaseResult;
import gg.arena.store.domain.PurchaseSuccess;
import gg.arena.store.domain.StoredPurchase;
import gg.arena.store.domain.Wallet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code purchases} table: each (player, idempotency key) once, with the request and the
 * result of its first call. A row is claimed with outcome {@code PENDING} and completed in the
 * same transaction, so other transactions only ever see completed rows.
 */
@Repository
public class PurchaseRepository {

    private static final String PENDING = "PENDING";
    private static final String SUCCESS = "SUCCESS";
    private static final String INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS";
    private static final String ITEM_NOT_FOUND = "ITEM_NOT_FOUND";

    private final JdbcClient jdbc;

    public PurchaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the request's key. The unique constraint on (player_id, idempotency_key) serialises
     * concurrent claims: while another open transaction holds the key, this insert waits for it to
     * finish, then inserts nothing if it committed.
     *
     * @return whether this call owns the key (false: an earlier call already stored a result)
     */
    public boolean claim(String purchaseId, PurchaseRequest request, Instant now) {
        return jdbc.sql("INSERT INTO purchases (id, player_id, idempotency_key, sku, quantity, outcome, created_at)"
                        + " VALUES (:id, :p, :key, :sku, :q, :outcome, :now) ON CONFLICT DO NOTHING")
                .param("id", purchaseId)
                .param("p", request.playerId())
                .param("key", request.idempotencyKey())
                .param("sku", request.sku())
                .param("q", request.quantity())
                .param("outcome", PENDING)
                .param("now", SqlTime.bind(now))
                .update() == 1;
    }

    /** Records the outcome of a claimed purchase. */
    public void complete(String purchaseId, PurchaseResult result) {
        JdbcClient.StatementSpec update = jdbc.sql("UPDATE purchases SET outcome = :outcome, total_price = :total,"
                        + " balance = :balance, wallet_updated_at = :walletUpdatedAt WHERE id = :id")
                .param("id", purchaseId);
        switch (result) {
            case PurchaseSuccess s -> update.param("outcome", SUCCESS)
                    .param("total", s.totalPrice())
                    .param("balance", s.wallet().balance())
                    .param("walletUpdatedAt", SqlTime.bind(s.wallet().updatedAt()));
            case InsufficientFunds f -> update.param("outcome", INSUFFICIENT_FUNDS)
                    .param("total", f.required())
                    .param("balance", f.balance())
                    .param("walletUpdatedAt", null);
            case ItemNotFound n -> update.param("outcome", ITEM_NOT_FOUND)
                    .param("total", null)
                    .param("balance", null)
                    .param("walletUpdatedAt", null);
        }
        update.update();
    }

    /** The stored purchase under this player's key, if any; its result is null while still pending. */
    public Optional<StoredPurchase> find(String playerId, String idempotencyKey) {
        return jdbc.sql("SELECT id, player_id, idempotency_key, sku, quantity, outcome, total_price, balance,"
                        + " wallet_updated_at, created_at FROM purchases WHERE player_id = :p AND idempotency_key = :key")
                .param("p", playerId)
                .param("key", idempotencyKey)
                .query(PurchaseRepository::map)
                .optional();
    }

    private static StoredPurchase map(ResultSet rs, int row) throws SQLException {
        PurchaseRequest request = new PurchaseRequest(
                rs.getString("player_id"), rs.getString("idempotency_key"), rs.getString("sku"), rs.getInt("quantity"));
        String outcome = rs.getString("outcome");
        PurchaseResult result = switch (outcome) {
            case SUCCESS -> new PurchaseSuccess(
                    rs.getString("id"),
                    request.sku(),
                    request.quantity(),
                    rs.getInt("total_price"),
                    new Wallet(request.playerId(), rs.getInt("balance"), SqlTime.read(rs, "wallet_updated_at")),
                    SqlTime.read(rs, "created_at"));
            case INSUFFICIENT_FUNDS -> new InsufficientFunds(rs.getInt("balance"), rs.getInt("total_price"));
            case ITEM_NOT_FOUND -> new ItemNotFound(request.sku());
            // Only visible to the claiming transaction itself; anyone else sees completed rows.
            default -> null;
        };
        return new StoredPurchase(request, result);
    }
}
