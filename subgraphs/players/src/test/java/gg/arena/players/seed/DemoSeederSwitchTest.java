package gg.arena.players.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import gg.arena.players.services.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code arena.demo.seed} switches the seeder on (the default) and off. */
class DemoSeederSwitchTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(JdbcTemplate.class, DemoSeederSwitchTest::tableWithRows)
            .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class))
            .withBean(PasswordHasher.class, () -> mock(PasswordHasher.class))
            .withUserConfiguration(DemoSeeder.class);

    /** A table that already holds rows, so the seeder that starts here has nothing to do. */
    private static JdbcTemplate tableWithRows() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForObject(anyString(), eq(Integer.class))).thenReturn(1);
        return jdbc;
    }

    @Test
    void itIsOnByDefault() {
        runner.run(context -> assertThat(context).hasSingleBean(DemoSeeder.class));
    }

    @Test
    void falseTurnsItOff() {
        runner.withPropertyValues("arena.demo.seed=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoSeeder.class));
    }

    @Test
    void displayNamesAreTheHandlesWordsCapitalised() {
        assertThat(DemoSeeder.displayName("swift_fox_7")).isEqualTo("Swift Fox 7");
        assertThat(DemoSeeder.displayName("iron-golem_1000")).isEqualTo("Iron Golem 1000");
    }
}
