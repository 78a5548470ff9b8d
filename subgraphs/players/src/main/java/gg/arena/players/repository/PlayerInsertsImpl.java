package gg.arena.players.repository;

import org.springframework.dao.DataAccessException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;

/** {@link PlayerInserts} through Spring Data JDBC's aggregate template. */
class PlayerInsertsImpl implements PlayerInserts {

    private final JdbcAggregateOperations jdbc;

    PlayerInsertsImpl(JdbcAggregateOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PlayerRow insert(PlayerRow row) {
        try {
            return jdbc.insert(row);
        } catch (DbActionExecutionException e) {
            // Spring Data JDBC wraps the translated exception; callers branch on DuplicateKeyException.
            if (e.getCause() instanceof DataAccessException translated) {
                throw translated;
            }
            throw e;
        }
    }
}
