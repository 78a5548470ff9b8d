package gg.arena.schema.check;

import gg.arena.schema.ApiSchema;
import gg.arena.schema.OperationValidator;
import gg.arena.schema.SubgraphList;
import gg.arena.schema.Supergraph;
import gg.arena.schema.compose.Composer;
import gg.arena.schema.compose.CompositionResult;
import gg.arena.schema.compose.SubgraphSource;
import graphql.schema.GraphQLSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema check CI runs: compose the subgraphs of {@code schema/subgraphs.yaml}; compare the new
 * API schema with the one of the committed {@code schema/supergraph.graphql}; validate every client
 * operation against the new API schema; fail when composition fails, an operation is invalid, or a
 * breaking change touches something an operation uses.
 *
 * @param subgraphList    the subgraph list to compose
 * @param committed       the committed supergraph to compare with (may be missing: everything is new)
 * @param operationFiles  the client operation files
 */
public record SchemaCheck(Path subgraphList, Path committed, List<Path> operationFiles) {

    /** The check of a repository checkout: {@code schema/…} and every operation under {@code clients/}. */
    public static SchemaCheck ofRepository(Path root) {
        return new SchemaCheck(root.resolve("schema/subgraphs.yaml"), root.resolve("schema/supergraph.graphql"),
                clientOperations(root.resolve("clients")));
    }

    /**
     * The {@code *.graphql} files under a folder, leaving out build output and test fixtures
     * ({@code target/}, {@code node_modules/}, {@code src/test/}: some are invalid on purpose).
     */
    public static List<Path> clientOperations(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        return OperationValidator.operationFiles(folder).stream().filter(f -> {
            String path = folder.relativize(f).toString().replace('\\', '/');
            return !path.contains("target/") && !path.contains("node_modules/") && !path.contains("src/test/");
        }).toList();
    }

    public CheckReport run() {
        CompositionResult composition = Composer.compose(SubgraphSource.readAll(SubgraphList.load(subgraphList)));
        if (!composition.composed()) {
            return new CheckReport(composition.errors(), List.of(), List.of(), List.of(), 0);
        }
        GraphQLSchema after = ApiSchema.fromSupergraph(composition.supergraphSdl().orElseThrow()).schema();
        GraphQLSchema before = Files.isRegularFile(committed)
                ? ApiSchema.fromSupergraph(Supergraph.read(committed)).schema() : null;
        List<SchemaChange> changes = before == null ? List.of() : SchemaDiff.between(before, after);
        OperationValidator validator = new OperationValidator(after);
        List<OperationValidator.Problem> invalid = new ArrayList<>();
        List<CheckReport.BrokenUsage> broken = new ArrayList<>();
        int operations = 0;
        for (Path file : operationFiles) {
            String text = read(file);
            invalid.addAll(validator.validate(file.toString(), text));
            List<OperationUsage> usages = OperationUsage.of(file.toString(), text, before == null ? after : before);
            operations += usages.size();
            for (OperationUsage usage : usages) {
                for (SchemaChange change : changes) {
                    if (change.severity() == Severity.BREAKING && usage.uses().contains(change.usedBy())) {
                        broken.add(new CheckReport.BrokenUsage(usage.source(), usage.operation(), change));
                    }
                }
            }
        }
        return new CheckReport(List.of(), changes, invalid, broken, operations);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read operation file " + file, e);
        }
    }
}
