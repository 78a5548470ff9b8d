package gg.arena.schema.cli;

import gg.arena.schema.SubgraphList;
import gg.arena.schema.check.CheckReport;
import gg.arena.schema.check.SchemaCheck;
import gg.arena.schema.compose.Composer;
import gg.arena.schema.compose.CompositionResult;
import gg.arena.schema.compose.LiveSdl;
import gg.arena.schema.compose.SubgraphSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar schema/target/schema.jar <command> [options]}, run from the repository root.
 *
 * <pre>
 * compose [--config FILE] [--out FILE]   compose the subgraphs of schema/subgraphs.yaml (or FILE);
 *         [--subgraph NAME=URL]...       or the SDLs these running subgraphs serve ({ _service { sdl } });
 *                                        print the supergraph, or write it to --out
 * check [--root DIR] [--json]            compose, classify the API schema changes against
 *                                        schema/supergraph.graphql, validate the operations under
 *                                        clients/; exit 1 when the check fails
 * </pre>
 * Exit codes: 0 passed, 1 failed (composition errors, invalid or broken operations), 2 bad usage.
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar schema/target/schema.jar compose [--config schema/subgraphs.yaml | --subgraph NAME=URL...] [--out FILE]
                   java -jar schema/target/schema.jar check [--root .] [--operations DIR]... [--json]
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        Path root = Path.of(".");
        Path config = null;
        Path outFile = null;
        boolean json = false;
        List<Path> operationFolders = new ArrayList<>();
        List<String> live = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (arg) {
                case "--json" -> json = true;
                case "--subgraph" -> {
                    if (!hasValue || !args[i + 1].contains("=")) {
                        err.println("--subgraph needs NAME=URL");
                        err.print(USAGE);
                        return 2;
                    }
                    live.add(args[++i]);
                }
                case "--root", "--config", "--out", "--operations" -> {
                    if (!hasValue) {
                        err.println(arg + " needs a value");
                        err.print(USAGE);
                        return 2;
                    }
                    Path value = Path.of(args[++i]);
                    switch (arg) {
                        case "--root" -> root = value;
                        case "--config" -> config = value;
                        case "--out" -> outFile = value;
                        default -> operationFolders.add(value);
                    }
                }
                default -> {
                    err.println("unknown argument: " + arg);
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        try {
            return switch (args[0]) {
                case "compose" -> compose(live.isEmpty()
                        ? SubgraphSource.readAll(SubgraphList.load(config == null ? root.resolve("schema/subgraphs.yaml") : config))
                        : live.stream().map(s -> LiveSdl.fetch(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1))).toList(),
                        outFile, out, err);
                case "check" -> check(root, operationFolders, json, out);
                default -> {
                    err.println("unknown command: " + args[0]);
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static int compose(List<SubgraphSource> sources, Path outFile, PrintStream out, PrintStream err) {
        CompositionResult result = Composer.compose(sources);
        if (!result.composed()) {
            err.println("Composition failed with " + result.errors().size() + " error(s):");
            result.errors().forEach(e -> err.println("  " + e));
            return 1;
        }
        String sdl = result.supergraphSdl().orElseThrow();
        if (outFile == null) {
            out.print(sdl);
            return 0;
        }
        try {
            Files.writeString(outFile, sdl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot write " + outFile + ": " + e.getMessage());
            return 2;
        }
        out.println("wrote " + outFile);
        return 0;
    }

    private static int check(Path root, List<Path> operationFolders, boolean json, PrintStream out) {
        SchemaCheck check = SchemaCheck.ofRepository(root);
        if (!operationFolders.isEmpty()) {
            List<Path> files = operationFolders.stream().flatMap(f -> SchemaCheck.clientOperations(f).stream()).toList();
            check = new SchemaCheck(check.subgraphList(), check.committed(), files);
        }
        CheckReport report = check.run();
        if (json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(new JsonReport(!report.failed(), report)));
        } else {
            out.print(report.toText());
        }
        return report.failed() ? 1 : 0;
    }

    /** The {@code --json} shape: {@code passed} plus the whole report. */
    record JsonReport(boolean passed, CheckReport report) {
    }
}
