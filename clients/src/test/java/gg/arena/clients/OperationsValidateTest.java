package gg.arena.clients;

import gg.arena.schema.OperationValidator;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every operation under {@code clients/operations} is valid against the API schema of the committed
 * {@code schema/supergraph.graphql} (the supergraph minus federation machinery and {@code @inaccessible}).
 */
class OperationsValidateTest {

    @TestFactory
    Stream<DynamicTest> everyOperationFileIsValidAgainstTheApiSchema() {
        List<Path> files = OperationValidator.operationFiles(SupergraphFiles.operations());
        assertThat(files).as("operation files under clients/operations").hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<OperationValidator.Problem> problems = SupergraphFiles.validator().validate(file);
            if (!problems.isEmpty()) {
                fail("%s is not valid against the API schema of schema/supergraph.graphql:%n  %s", file,
                        problems.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
            }
        }));
    }

    @Test
    void anInvalidOperationIsCaughtWithFileOperationAndError() {
        Path broken = SupergraphFiles.root().resolve("clients/src/test/resources/invalid/BrokenProfile.graphql");

        List<OperationValidator.Problem> problems = SupergraphFiles.validator().validate(broken);

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.source()).endsWith("BrokenProfile.graphql");
            assertThat(p.operation()).isEqualTo("BrokenProfile");
        });
        assertThat(problems).extracting(OperationValidator.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("email"))      // @inaccessible in the supergraph
                .anySatisfy(m -> assertThat(m).contains("nickname"))   // no such field
                .anySatisfy(m -> assertThat(m).contains("Variable 'id' of type 'Int!'")); // ID! expected
    }

    @Test
    void operationNamesAreUniqueAndMatchTheirFileNames() throws IOException {
        Map<String, Path> seen = new HashMap<>();
        for (Path file : OperationValidator.operationFiles(SupergraphFiles.operations())) {
            List<OperationDefinition> operations = Parser.parse(Files.readString(file))
                    .getDefinitionsOfType(OperationDefinition.class);
            String fileName = file.getFileName().toString().replace(".graphql", "");
            assertThat(operations).as("operations in %s", file).extracting(OperationDefinition::getName)
                    .contains(fileName);
            for (OperationDefinition operation : operations) {
                Path previous = seen.put(operation.getName(), file);
                assertThat(previous).as("operation %s is in %s and %s", operation.getName(), previous, file).isNull();
            }
        }
    }

    /** PlayerOverview is the one query that needs every subgraph: each of its Player fields has an owner. */
    @Test
    void playerOverviewSpansAllFourSubgraphs() throws IOException {
        OperationDefinition overview = Parser.parse(Files.readString(SupergraphFiles.operations()
                        .resolve("PlayerOverview.graphql")))
                .getDefinitionsOfType(OperationDefinition.class).getFirst();
        Field player = (Field) overview.getSelectionSet().getSelections().getFirst();
        ObjectTypeDefinition playerType = SupergraphFiles.supergraph().document()
                .getDefinitionsOfType(ObjectTypeDefinition.class).stream()
                .filter(t -> t.getName().equals("Player")).findFirst().orElseThrow();

        Set<String> graphs = new TreeSet<>();
        for (Field field : player.getSelectionSet().getSelectionsOfType(Field.class)) {
            FieldDefinition definition = playerType.getFieldDefinitions().stream()
                    .filter(f -> f.getName().equals(field.getName())).findFirst().orElseThrow();
            for (Directive joinField : definition.getDirectives("join__field")) {
                Argument graph = joinField.getArgument("graph");
                Argument external = joinField.getArgument("external");
                if (graph != null && external == null) {
                    graphs.add(((EnumValue) graph.getValue()).getName());
                }
            }
        }
        assertThat(graphs).containsExactly("MATCHES", "PLAYERS", "SOCIAL", "STORE");
    }
}
