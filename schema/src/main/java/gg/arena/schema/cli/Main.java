package gg.arena.schema.cli;

import gg.arena.schema.SubgraphList;
import gg.arena.schema.SupergraphFile;
import gg.arena.schema.check.CheckReport;
import gg.arena.schema.check.SchemaCheck;
import gg.arena.schema.compose.Composer;
import gg.arena.schema.compose.CompositionResult;
import gg.arena.schema.compose.LiveSdl;
import gg.arena.schema.compose.SubgraphSource;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;
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
 * compose [--config FILE] [--out FILE|-] compose the subgraphs of schema/subgraphs.yaml (or FILE) and
 *                                        write the supergraph beside the list (schema/supergraph.graphql),
 *                                        to --out FILE, or to stdout with --out -; say what was written
 *         [--subgraph NAME=URL]...       or compose the SDLs these running subgraphs serve
 *                                        ({ _service { sdl } }); stdout unless --out
 * check [--root DIR] [--base FILE] [--json]
 *                                        compose; fail when schema/supergraph.graphql is not the
 *                                        composition; classify the API schema changes against FILE
 *                                        (default: schema/supergraph.graphql); validate the
 *                                        operations under clients/; exit 1 when the check fails
 * </pre>
 * Exit codes: 0 passed, 1 failed (composition errors, out-of-date supergraph, invalid or broken
 * operations), 2 bad usage.
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar schema/target/schema.jar compose [--root .] [--config schema/subgraphs.yaml | --subgraph NAME=URL...] [--out FILE|-]
                   java -jar schema/target/schema.jar check [--root .] [--base FILE] [--operations DIR]... [--json]
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
        String outFile = null;
        Path base = null;
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
                case "--root", "--config", "--out", "--base", "--operations" -> {
                    if (!hasValue) {
                        err.println(arg + " needs a value");
                        err.print(USAGE);
                        return 2;
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--root" -> root = Path.of(value);
                        case "--config" -> config = Path.of(value);
                        case "--out" -> outFile = value;
                        case "--base" -> base = Path.of(value);
                        default -> operationFolders.add(Path.of(value));
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
                case "compose" -> {
                    Path list = config == null ? root.resolve("schema/subgraphs.yaml") : config;
                    // The supergraph goes beside its subgraph list unless --out says otherwise; live SDLs to stdout.
                    String target = outFile != null ? outFile : live.isEmpty() ? SupergraphFile.besideList(list).toString() : "-";
                    yield compose(live.isEmpty() ? SubgraphSource.readAll(SubgraphList.load(list))
                            : live.stream().map(s -> LiveSdl.fetch(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1))).toList(),
                            target, out, err);
                }
                case "check" -> check(root, base, operationFolders, json, out);
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

    private static int compose(List<SubgraphSource> sources, String target, PrintStream out, PrintStream err) {
        String names = String.join(", ", sources.stream().map(SubgraphSource::name).toList());
        CompositionResult result = Composer.compose(sources);
        if (!result.composed()) {
            err.println("Composition of " + sources.size() + " subgraph(s) (" + names + ") failed with "
                    + result.errors().size() + " error(s):");
            result.errors().forEach(e -> err.println("  " + e));
            return 1;
        }
        String sdl = result.supergraphSdl().orElseThrow();
        String summary = "composed " + sources.size() + " subgraph(s) (" + names + "): " + typeCount(sdl) + " types";
        if (target.equals("-")) {
            out.print(sdl);
            err.println(summary);
            return 0;
        }
        Path file = Path.of(target);
        boolean unchanged = SupergraphFile.upToDate(file, sdl);
        if (!unchanged) {
            try {
                Files.writeString(file, sdl, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("cannot write " + file + ": " + e.getMessage());
                return 2;
            }
        }
        out.println(summary + "; " + (unchanged ? "unchanged " : "wrote ") + file.normalize() + " ("
                + sdl.lines().count() + " lines)");
        return 0;
    }

    /** The supergraph's own types, without the link and join machinery. */
    private static long typeCount(String sdl) {
        return Parser.parse(sdl).getDefinitionsOfType(TypeDefinition.class).stream()
                .map(TypeDefinition::getName)
                .filter(n -> !n.startsWith("join__") && !n.startsWith("link__"))
                .count();
    }

    private static int check(Path root, Path base, List<Path> operationFolders, boolean json, PrintStream out) {
        SchemaCheck check = SchemaCheck.ofRepository(root);
        if (base != null) {
            if (!Files.isRegularFile(base)) {
                throw new IllegalArgumentException("--base " + base + ": no such file");
            }
            check = check.withBaseline(base);
        }
        if (!operationFolders.isEmpty()) {
            check = check.withOperations(operationFolders.stream()
                    .flatMap(f -> SchemaCheck.clientOperations(f).stream()).toList());
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
