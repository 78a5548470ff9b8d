package gg.arena.schema.check;

import gg.arena.schema.ApiSchema;
import gg.arena.schema.OperationValidator;
import gg.arena.schema.SubgraphList;
import gg.arena.schema.Supergraph;
import gg.arena.schema.SupergraphFile;
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
 * API schema with the one of a baseline supergraph (by default the committed
 * {@code schema/supergraph.graphql}); validate every client operation against the new API schema; fail
 * when composition fails, the committed supergraph is not the composition's output, an operation is
 * invalid, or a breaking change touches something an operation uses.
 *
 * <p>The baseline is separate from the committed file so that CI can classify a change against the
 * supergraph of the target branch while the committed file is already regenerated.
 *
 * @param subgraphList    the subgraph list to compose
 * @param committed       the committed supergraph, which must equal the composition (missing: out of date)
 * @param baseline        the supergraph changes are classified against (may be missing: everything is new)
 * @param operationFiles  the client operation files
 */
public record SchemaCheck(Path subgraphList, Path committed, Path baseline, List<Path> operationFiles) {

    /** The check of a repository checkout: {@code schema/…} and every operation under {@code clients/}. */
    public static SchemaCheck ofRepository(Path root) {
        Path committed = root.resolve("schema/supergraph.graphql");
        return new SchemaCheck(root.resolve("schema/subgraphs.yaml"), committed, committed,
                clientOperations(root.resolve("clients")));
    }

    /** The same check with changes classified against another supergraph file. */
    public SchemaCheck withBaseline(Path file) {
        return new SchemaCheck(subgraphList, committed, file, operationFiles);
    }

    /** The same check on other operation files. */
    public SchemaCheck withOperations(List<Path> files) {
        return new SchemaCheck(subgraphList, committed, baseline, files);
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
            return new CheckReport(composition.errors(), false, List.of(), List.of(), List.of(), 0);
        }
        String composed = composition.supergraphSdl().orElseThrow();
        boolean outOfDate = !SupergraphFile.upToDate(committed, composed);
        GraphQLSchema after = ApiSchema.fromSupergraph(composed).schema();
        GraphQLSchema before = Files.isRegularFile(baseline)
                ? ApiSchema.fromSupergraph(Supergraph.read(baseline)).schema() : null;
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
        return new CheckReport(List.of(), outOfDate, changes, invalid, broken, operations);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read operation file " + file, e);
        }
    }
}
