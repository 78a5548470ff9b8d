package gg.arena.router.plan;

import gg.arena.router.api.ApiSchema;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.testing.Fixtures;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.ExecutionInput;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plan snapshots: for every {@code plans/<supergraph>/<name>.graphql} the plan must equal {@code <name>.json}.
 * Run with {@code -Dplans.update=true} to write the snapshots after reviewing a planner change.
 */
class PlanSnapshotTest {
    private static final Path ROOT = Path.of("src/test/resources");

    @TestFactory
    Stream<DynamicTest> plans() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT.resolve("plans"))) {
            for (Path dir : dirs.sorted().toList()) {
                String fixture = dir.getFileName().toString();
                Supergraph sg = Fixtures.supergraph(fixture);
                ApiSchema api = ApiSchema.of(sg);
                QueryPlanner planner = new QueryPlanner(sg, api.schema());
                try (Stream<Path> ops = Files.list(dir)) {
                    for (Path op : ops.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(fixture + "/" + op.getFileName(), () -> {
                            String query = Files.readString(op);
                            ParseAndValidateResult r = ParseAndValidate.parseAndValidate(api.schema(),
                                    ExecutionInput.newExecutionInput(query).build());
                            assertTrue(r.getErrors().isEmpty(), () -> "invalid operation: " + r.getErrors());
                            String actual = PlanJson.pretty(planner.plan(r.getDocument(), null)) + "\n";
                            Path snapshot = Path.of(op.toString().replace(".graphql", ".json"));
                            if (Boolean.getBoolean("plans.update") || !Files.exists(snapshot)) {
                                Files.writeString(snapshot, actual);
                            }
                            assertEquals(Files.readString(snapshot), actual);
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }
}
