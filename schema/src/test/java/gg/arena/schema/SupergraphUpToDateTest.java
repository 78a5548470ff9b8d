package gg.arena.schema;

import gg.arena.schema.compose.Composer;
import gg.arena.schema.compose.CompositionError;
import gg.arena.schema.compose.CompositionResult;
import gg.arena.schema.compose.SubgraphSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code schema/supergraph.graphql} is, byte for byte (line endings aside), what the
 * Java composer makes of the SDLs listed in {@code schema/subgraphs.yaml} today, and The Guild's
 * composer (the oracle, {@code schema/compose}) gives the same API schema for them.
 */
class SupergraphUpToDateTest {

    @Test
    void committedSupergraphIsTheJavaComposersOutput() {
        CompositionResult result = Composer.compose(SubgraphSource.readAll(SubgraphList.load(RepositoryFiles.subgraphList())));

        assertThat(result.errors()).as("the subgraph SDLs listed in schema/subgraphs.yaml do not compose:%n%s",
                result.errors().stream().map(CompositionError::toString).collect(Collectors.joining("\n"))).isEmpty();
        String composed = result.supergraphSdl().orElseThrow();
        assertThat(SupergraphFile.read(RepositoryFiles.supergraph()).orElse("(missing)"))
                .as("schema/supergraph.graphql is out of date with the subgraph SDLs; regenerate it from the "
                        + "repository root with%n  ./mvnw -q -B -o -pl schema package -DskipTests && %s%nand commit it",
                        SupergraphFile.REGENERATE)
                .isEqualTo(SupergraphFile.normalize(composed));
    }

    /** The oracle: skipped without node and {@code npm ci} in schema/compose, like the other node tests. */
    @Test
    void theGuildsComposerGivesTheSameApiSchema() throws Exception {
        NodeCompose.Result oracle = NodeCompose.run();

        assertThat(oracle.exitCode()).as("The Guild's composer fails on the subgraph SDLs:%n%s", oracle.stderr()).isZero();
        assertThat(ApiSchema.fromSupergraph(Supergraph.read(RepositoryFiles.supergraph())).sdl())
                .as("the committed supergraph's API schema differs from The Guild's composition of the same SDLs")
                .isEqualTo(ApiSchema.fromSupergraph(oracle.stdout()).sdl());
    }
}
