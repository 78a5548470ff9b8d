package gg.arena.store.repository;

import gg.arena.store.domain.Item;
import gg.arena.store.domain.ItemCategory;
import gg.arena.store.domain.Rarity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue table {@code items}. */
@Repository
public class ItemRepository {

    private static final String COLUMNS = "sku, name, description, category, rarity, price, unit_cost";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ItemRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<Item> findBySku(String sku) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM items WHERE sku = :sku")
                .param("sku", sku)
                .query(ItemRepository::map)
                .optional();
    }

    /** The items with these skus, in one statement; unknown skus are simply absent. */
    public List<Item> findAllBySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM items WHERE sku IN (:skus)")
                .param("skus", skus)
                .query(ItemRepository::map)
                .list();
    }

    /** Up to {@code limit} items after {@code afterSku} (exclusive; null for the start), by sku. */
    public List<Item> findPage(ItemCategory category, String afterSku, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM items WHERE 1 = 1");
        if (category != null) {
            sql.append(" AND category = :category");
        }
        if (afterSku != null) {
            sql.append(" AND sku > :after");
        }
        sql.append(" ORDER BY sku LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", limit);
        if (category != null) {
            statement = statement.param("category", category.name());
        }
        if (afterSku != null) {
            statement = statement.param("after", afterSku);
        }
        return statement.query(ItemRepository::map).list();
    }

    /** How many items are in this category (all items for null). */
    public int count(ItemCategory category) {
        if (category == null) {
            return jdbc.sql("SELECT COUNT(*) FROM items").query(Integer.class).single();
        }
        return jdbc.sql("SELECT COUNT(*) FROM items WHERE category = :category")
                .param("category", category.name())
                .query(Integer.class)
                .single();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM items").query(Integer.class).single() == 0;
    }

    /** Inserts the items as one JDBC batch (seeding). */
    public void insertAll(List<Item> items) {
        batch.batchUpdate("INSERT INTO items (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", items, 500,
                (ps, item) -> {
                    ps.setString(1, item.sku());
                    ps.setString(2, item.name());
                    ps.setString(3, item.description());
                    ps.setString(4, item.category().name());
                    ps.setString(5, item.rarity().name());
                    ps.setInt(6, item.price());
                    ps.setInt(7, item.unitCost());
                });
    }

    private static Item map(ResultSet rs, int row) throws SQLException {
        return new Item(
                rs.getString("sku"),
                rs.getString("name"),
                rs.getString("description"),
                ItemCategory.valueOf(rs.getString("category")),
                Rarity.valueOf(rs.getString("rarity")),
                rs.getInt("price"),
                rs.getInt("unit_cost"));
    }
}
