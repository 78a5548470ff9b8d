package gg.arena.schema.check;

import gg.arena.schema.OperationValidator;
import gg.arena.schema.SupergraphFile;
import gg.arena.schema.compose.CompositionError;

import java.util.List;

/**
 * What {@link SchemaCheck} found.
 *
 * @param compositionErrors why the subgraphs do not compose (then nothing else was checked)
 * @param supergraphOutOfDate the committed supergraph is not what the subgraphs compose to
 * @param changes           every change of the new API schema against the committed one
 * @param invalidOperations client operations that do not validate against the new API schema
 * @param brokenUsages      breaking changes that touch something a client operation uses
 * @param operationsChecked how many client operations were checked
 */
public record CheckReport(List<CompositionError> compositionErrors, boolean supergraphOutOfDate, List<SchemaChange> changes,
                          List<OperationValidator.Problem> invalidOperations, List<BrokenUsage> brokenUsages,
                          int operationsChecked) {

    /**
     * A breaking change that a client operation is exposed to.
     *
     * @param source    the operation file
     * @param operation the operation's name
     * @param change    the breaking change
     */
    public record BrokenUsage(String source, String operation, SchemaChange change) {
        @Override
        public String toString() {
            return "operation " + operation + " (" + source + ") uses " + change.coordinate() + ": " + change.message();
        }
    }

    public CheckReport {
        compositionErrors = List.copyOf(compositionErrors);
        changes = List.copyOf(changes);
        invalidOperations = List.copyOf(invalidOperations);
        brokenUsages = List.copyOf(brokenUsages);
    }

    /** The message for an out-of-date committed supergraph: what to run. */
    public static final String OUT_OF_DATE = "schema/supergraph.graphql is out of date with the subgraph SDLs: "
            + "regenerate it with `" + SupergraphFile.REGENERATE + "` (from the repository root, after "
            + "`./mvnw -q -B -o -pl schema package -DskipTests`) and commit it.";

    /**
     * True when the check fails: composition failed, the committed supergraph is out of date, an
     * operation is invalid, or a used element broke.
     */
    public boolean failed() {
        return !compositionErrors.isEmpty() || supergraphOutOfDate || !invalidOperations.isEmpty()
                || !brokenUsages.isEmpty();
    }

    /** The report for people: one line per finding, then the verdict. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        if (!compositionErrors.isEmpty()) {
            out.append("Composition failed with ").append(compositionErrors.size()).append(" error(s):\n");
            compositionErrors.forEach(e -> out.append("  ").append(e).append('\n'));
            return out.append("FAILED: the subgraphs do not compose.\n").toString();
        }
        for (Severity severity : Severity.values()) {
            List<SchemaChange> of = changes.stream().filter(c -> c.severity() == severity).toList();
            out.append(severity).append(" changes: ").append(of.size()).append('\n');
            of.forEach(c -> out.append("  ").append(c.kind()).append(' ').append(c.coordinate()).append(": ")
                    .append(c.message()).append('\n'));
        }
        out.append("Client operations checked: ").append(operationsChecked).append('\n');
        if (!invalidOperations.isEmpty()) {
            out.append("Invalid against the new API schema:\n");
            invalidOperations.forEach(p -> out.append("  ").append(p).append('\n'));
        }
        if (!brokenUsages.isEmpty()) {
            out.append("Breaking changes used by client operations:\n");
            brokenUsages.forEach(u -> out.append("  ").append(u).append('\n'));
        }
        if (supergraphOutOfDate) {
            out.append("Out of date: ").append(OUT_OF_DATE).append('\n');
        }
        out.append(!failed() ? "PASSED\n" : supergraphOutOfDate && invalidOperations.isEmpty() && brokenUsages.isEmpty()
                ? "FAILED: regenerate schema/supergraph.graphql (above).\n"
                : "FAILED: fix the subgraph SDLs or the client operations named above.\n");
        return out.toString();
    }
}
