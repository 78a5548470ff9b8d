package gg.arena.schema;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code schema/supergraph.graphql} is what composing the SDLs listed in
 * {@code schema/subgraphs.yaml} gives today.
 *
 * <p>It runs {@code node schema/compose/compose.mjs} and so needs {@code node} on the PATH and the
 * composer installed ({@code npm ci} in {@code schema/compose}). Without them it is skipped, with the
 * reason in the report. CI runs {@code npm ci} in {@code schema/compose} before the build, so in CI it
 * runs and an out-of-date supergraph fails the build.
 */
class SupergraphUpToDateTest {

    @Test
    void committedSupergraphMatchesAFreshComposition() throws Exception {
        NodeCompose.Result result = NodeCompose.run();

        assertThat(result.exitCode())
                .as("the subgraph SDLs listed in schema/subgraphs.yaml do not compose:%n%s", result.stderr())
                .isZero();
        String committed = Files.readString(RepositoryFiles.supergraph(), StandardCharsets.UTF_8);
        assertThat(normalize(committed))
                .as("schema/supergraph.graphql is out of date with the subgraph SDLs; regenerate it with%n  %s%n"
                        + "and commit it", NodeCompose.REGENERATE)
                .isEqualTo(normalize(result.stdout()));
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").strip() + "\n";
    }
}
