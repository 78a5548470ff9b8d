package gg.arena.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsStartEverythingWithTheDefaultTimeouts() {
        LaunchOptions options = LaunchOptions.parse();

        assertThat(options.only()).isEmpty();
        assertThat(options.noRouter()).isFalse();
        assertThat(options.profile()).isEmpty();
        assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(options.stopTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.subgraphArgs()).isEmpty();
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        LaunchOptions options = LaunchOptions.parse("--only", "players, matches", "--no-router", "--profile=postgres",
                "--timeout", "60", "--stop-timeout=5", "--", "--arena.demo.seed=false", "--only");

        assertThat(options.only()).containsExactlyInAnyOrder("players", "matches");
        assertThat(options.noRouter()).isTrue();
        assertThat(options.profile()).contains("postgres");
        assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.stopTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.subgraphArgs()).as("everything after -- is passed on verbatim")
                .isEqualTo(List.of("--arena.demo.seed=false", "--only"));
    }

    @Test
    void rejectsUnknownOptionsAndMissingOrBadValues() {
        assertThatThrownBy(() -> LaunchOptions.parse("--server.port=1"))
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("unknown option --server.port=1")
                .hasMessageContaining("go after --")
                .satisfies(e -> assertThat(((LaunchFailure) e).exitStatus()).isEqualTo(LaunchFailure.USAGE));
        assertThatThrownBy(() -> LaunchOptions.parse("--profile")).hasMessageContaining("--profile needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse("--only", "--no-router")).hasMessageContaining("--only needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse("--only=,")).hasMessageContaining("at least one service");
        assertThatThrownBy(() -> LaunchOptions.parse("--timeout", "soon")).hasMessageContaining("whole number of seconds");
        assertThatThrownBy(() -> LaunchOptions.parse("--stop-timeout=0")).hasMessageContaining("positive");
    }

    @Test
    void helpIsAnOption() {
        assertThat(LaunchOptions.parse("-h").help()).isTrue();
        assertThat(LaunchOptions.parse("--help").help()).isTrue();
        assertThat(LaunchOptions.USAGE).contains("ARENA_PLAYERS_PORT").contains("--profile");
    }
}
