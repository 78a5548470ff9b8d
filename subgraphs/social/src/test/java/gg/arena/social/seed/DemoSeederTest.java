package gg.arena.social.seed;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.social.DatabaseSnapshot;
import gg.arena.social.InMemoryDatabaseTest;
import gg.arena.subgraph.demo.DemoWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@InMemoryDatabaseTest
class DemoSeederTest {

    @Autowired
    DemoSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStartedAppHoldsTheSeed() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM known_players WHERE player_id LIKE 'p-%'").query(Long.class).single())
                .isEqualTo(DemoWorld.PLAYERS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM chat_messages WHERE id LIKE 'msg-0%'").query(Long.class).single())
                .isEqualTo(DemoSocialData.CHAT_MESSAGES);
        assertThat(jdbc.sql("SELECT handle FROM known_players WHERE player_id = 'p-0001'").query(String.class).single())
                .isEqualTo(DemoWorld.handle(1));
    }

    @Test
    void aSecondStartOnADatabaseWithPlayersSeedsNothing() {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);

        seeder.afterSingletonsInstantiated();

        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }
}
