package gg.arena.schema;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    private static final String REGENERATE =
            "cd schema/compose && npm ci && node compose.mjs --out ../supergraph.graphql";

    @Test
    void committedSupergraphMatchesAFreshComposition() throws Exception {
        Optional<Path> node = findOnPath("node");
        assumeTrue(node.isPresent(), "skipped: no `node` on the PATH to run schema/compose/compose.mjs");
        Path compose = RepositoryFiles.composeFolder();
        assumeTrue(Files.isDirectory(compose.resolve("node_modules/@theguild/federation-composition")),
                "skipped: composer not installed; run `npm ci` in schema/compose");

        Path out = Files.createTempFile("supergraph", ".graphql");
        Path err = Files.createTempFile("compose", ".log");
        try {
            Process process = new ProcessBuilder(node.get().toString(), "compose.mjs")
                    .directory(compose.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("compose.mjs finished within 120 s").isTrue();
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as("the subgraph SDLs listed in schema/subgraphs.yaml do not compose:%n%s", errors)
                    .isZero();

            String composed = normalize(Files.readString(out, StandardCharsets.UTF_8));
            String committed = normalize(Files.readString(RepositoryFiles.supergraph(), StandardCharsets.UTF_8));
            assertThat(committed)
                    .as("schema/supergraph.graphql is out of date with the subgraph SDLs; regenerate it with%n  %s%n"
                            + "and commit it", REGENERATE)
                    .isEqualTo(composed);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").strip() + "\n";
    }

    private static Optional<Path> findOnPath(String program) throws IOException {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : new String[] {program, program + ".exe"}) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
