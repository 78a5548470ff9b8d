package gg.arena.schema;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs {@code node schema/compose/compose.mjs} for the tests; skips them when node or the composer is missing. */
final class NodeCompose {

    /** Exit code and output of one run. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private NodeCompose() {
    }

    /** Skips the calling test, with the reason, unless node and the installed composer are there. */
    static Path assumeAvailable() {
        Optional<Path> node = findOnPath("node");
        assumeTrue(node.isPresent(), "skipped: no `node` on the PATH to run schema/compose/compose.mjs");
        assumeTrue(Files.isDirectory(RepositoryFiles.composeFolder().resolve("node_modules/@theguild/federation-composition")),
                "skipped: composer not installed; run `npm ci` in schema/compose");
        return node.get();
    }

    static Result run(String... args) throws IOException, InterruptedException {
        Path node = assumeAvailable();
        Path out = Files.createTempFile("compose", ".out");
        Path err = Files.createTempFile("compose", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(node.toString(), "compose.mjs"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command)
                    .directory(RepositoryFiles.composeFolder().toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("compose.mjs did not finish within 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Optional<Path> findOnPath(String program) {
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
