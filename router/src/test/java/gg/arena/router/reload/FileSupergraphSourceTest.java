package gg.arena.router.reload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What the file source reports for a missing, empty, unchanged and changed file. */
class FileSupergraphSourceTest {

    @Test
    void reportsEachStateOfTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("supergraph.graphql");
        FileSupergraphSource source = new FileSupergraphSource(file, Duration.ofMillis(1));
        assertThat(source.describe()).isEqualTo("file " + file);

        assertThat(source.poll()).isInstanceOfSatisfying(SupergraphSource.Poll.Unavailable.class,
                u -> assertThat(u.reason()).contains("does not exist"));

        Files.writeString(file, "");
        assertThat(source.poll()).isInstanceOfSatisfying(SupergraphSource.Poll.Invalid.class,
                i -> assertThat(i.problems()).containsExactly(file + " is empty"));

        Files.writeString(file, "type Query { a: Int }");
        SupergraphSource.Poll first = source.poll();
        assertThat(first).isInstanceOfSatisfying(SupergraphSource.Poll.Sdl.class,
                s -> assertThat(s.sdl()).isEqualTo("type Query { a: Int }"));
        assertThat(source.poll()).isEqualTo(first);

        Files.writeString(file, "type Query { b: Int }");
        assertThat(source.poll()).isInstanceOfSatisfying(SupergraphSource.Poll.Sdl.class, s -> {
            assertThat(s.sdl()).isEqualTo("type Query { b: Int }");
            assertThat(s.fingerprint()).isNotEqualTo(((SupergraphSource.Poll.Sdl) first).fingerprint());
        });
    }
}
