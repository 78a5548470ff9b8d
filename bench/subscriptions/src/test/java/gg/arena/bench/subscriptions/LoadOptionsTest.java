package gg.arena.bench.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void defaultsAreTheBenchmark() {
        LoadOptions o = LoadOptions.parse(new String[0]);

        assertThat(o.connections()).isEqualTo(1000);
        assertThat(o.subscriptions()).isEqualTo(10_000);
        assertThat(o.channels()).isEqualTo(100);
        assertThat(o.messages()).isEqualTo(1200);
        assertThat(o.fields()).isEqualTo(LoadOptions.ENRICHED_FIELDS);
    }

    @Test
    void readsProcessesAndSelection() {
        LoadOptions o = LoadOptions.parse(new String[] {"--router-pid", "12", "--pid", "social=34", "--enrich", "false",
                "--rate", "2.5", "--duration", "4"});

        assertThat(o.pids()).containsEntry("router", 12L).containsEntry("social", 34L);
        assertThat(o.fields()).isEqualTo(LoadOptions.DIRECT_FIELDS);
        assertThat(o.messages()).isEqualTo(10);
    }

    @Test
    void rejectsWhatItCannotRun() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--conections", "5"})).hasMessageContaining("unknown option --conections");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--connections", "many"})).hasMessageContaining("whole number");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--ws", "http://x/graphql"})).hasMessageContaining("ws://");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--fields", "id"})).hasMessageContaining("text");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--pid", "12"})).hasMessageContaining("NAME=PID");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--rate"})).hasMessageContaining("needs a value");
    }
}
