package gg.arena.players.seed;

import gg.arena.players.services.PasswordHasher;
import gg.arena.players.services.RegistrationRules;
import gg.arena.subgraph.demo.DemoWorld;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty {@code player} table with the {@link DemoWorld} players. Runs once every bean
 * exists (so Flyway has migrated) and before the web server opens its port, so no request sees
 * a half-seeded table. A table with any row is left alone, so PostgreSQL data survives restarts;
 * {@code ON CONFLICT DO NOTHING} lets two instances that start together on one empty database
 * both succeed. Every seeded player shares one bcrypt hash of {@link DemoWorld#DEMO_PASSWORD}:
 * hashing it a thousand times would cost over a minute of start-up.
 */
@Component
@ConditionalOnBooleanProperty(name = "arena.demo.seed", matchIfMissing = true)
public class DemoSeeder implements SmartInitializingSingleton {

    /** Seeded player {@code n} was created {@code n} hours after this instant. */
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private static final String INSERT = """
            INSERT INTO player (id, handle, handle_lower, display_name, region, rating, email, password_hash, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PasswordHasher hasher;

    public DemoSeeder(JdbcTemplate jdbc, TransactionTemplate transactions, PasswordHasher hasher) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.hasher = hasher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM player", Integer.class);
        if (existing != null && existing > 0) {
            log.info("Not seeding demo players: table player already holds {} rows.", existing);
            return;
        }
        String passwordHash = hasher.hash(DemoWorld.DEMO_PASSWORD);
        List<Object[]> rows = new ArrayList<>(DemoWorld.PLAYERS);
        for (int n = 1; n <= DemoWorld.PLAYERS; n++) {
            String handle = DemoWorld.handle(n);
            rows.add(new Object[] {
                DemoWorld.playerId(n),
                handle,
                RegistrationRules.lower(handle),
                displayName(handle),
                DemoWorld.region(n),
                DemoWorld.rating(n),
                handle + "@players.example.com",
                passwordHash,
                createdAt(n).atOffset(ZoneOffset.UTC)
            });
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
        log.info("Seeded {} demo players (password '{}').", rows.size(), DemoWorld.DEMO_PASSWORD);
    }

    /** {@code swift_fox_7} becomes {@code Swift Fox 7}. */
    static String displayName(String handle) {
        StringBuilder name = new StringBuilder(handle.length());
        for (String word : handle.split("[_-]")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return name.toString();
    }

    static Instant createdAt(int n) {
        return EPOCH.plus(Duration.ofHours(n));
    }
}
