package gg.arena.store;

import com.jayway.jsonpath.DocumentContext;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tests need around a running store: tokens, purchases over HTTP, and direct reads of
 * the tables to check what was (not) written.
 */
public final class StoreProbe {

    private final GraphQlHttp http;
    private final BearerTokens tokens;
    private final JdbcClient jdbc;

    public StoreProbe(GraphQlHttp http, BearerTokens tokens, JdbcClient jdbc) {
        this.http = http;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    public GraphQlHttp http() {
        return http;
    }

    /** A player id no test used before: the store has never seen it. */
    public static String newPlayerId() {
        return "p-" + UUID.randomUUID();
    }

    /** A fresh, valid idempotency key. */
    public static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    public String tokenFor(String playerId) {
        return tokens.issue(new PlayerPrincipal(playerId, "tester", "EU", 1500)).token();
    }

    public DocumentContext buy(String token, String sku, int quantity, String key) {
        return http.post(StoreOperations.PURCHASE, Map.of("sku", sku, "quantity", quantity, "key", key), token);
    }

    /** The wallet balance in the table, or null without a wallet row. */
    public Integer balance(String playerId) {
        return jdbc.sql("SELECT balance FROM wallets WHERE player_id = :p").param("p", playerId)
                .query(Integer.class).optional().orElse(null);
    }

    /** The quantity owned in the table, 0 without a row. */
    public int quantity(String playerId, String sku) {
        return jdbc.sql("SELECT quantity FROM inventory WHERE player_id = :p AND sku = :sku")
                .param("p", playerId).param("sku", sku)
                .query(Integer.class).optional().orElse(0);
    }

    public int inventoryRows(String playerId) {
        return jdbc.sql("SELECT COUNT(*) FROM inventory WHERE player_id = :p").param("p", playerId)
                .query(Integer.class).single();
    }

    public int purchaseRows(String playerId) {
        return jdbc.sql("SELECT COUNT(*) FROM purchases WHERE player_id = :p").param("p", playerId)
                .query(Integer.class).single();
    }

    public int price(String sku) {
        return jdbc.sql("SELECT price FROM items WHERE sku = :sku").param("sku", sku).query(Integer.class).single();
    }
}
