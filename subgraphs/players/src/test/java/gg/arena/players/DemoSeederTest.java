package gg.arena.players;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.players.seed.DemoSeeder;
import gg.arena.subgraph.demo.DemoWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo world in the database, and a second seeding run leaving it alone. */
class DemoSeederTest extends HttpTestBase {

    @Autowired
    private DemoSeeder seeder;

    @Test
    void everyDemoPlayerIsSeededAndAllShareOneHash() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM player WHERE id LIKE 'p-____'").query(Integer.class).single())
                .isEqualTo(DemoWorld.PLAYERS);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT password_hash) FROM player WHERE id LIKE 'p-____'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT handle FROM player WHERE id = 'p-1000'").query(String.class).single())
                .isEqualTo(DemoWorld.handle(1000));
    }

    @Test
    void seedingAgainChangesNothing() {
        int before = playerRows();
        statements.reset();

        seeder.afterSingletonsInstantiated();

        assertThat(playerRows()).isEqualTo(before);
        assertThat(statements.statementsMentioning("insert")).isEmpty();
    }
}
