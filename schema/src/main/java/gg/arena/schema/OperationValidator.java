package gg.arena.schema;

import graphql.GraphQLError;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates client operation files ({@code *.graphql}) against an API schema with graphql-java's
 * {@link Validator}, one operation at a time (with the fragments it uses), so that every problem
 * names its file and operation.
 *
 * <p>On top of the GraphQL validation rules, an operation file must hold only operations and
 * fragments, at least one operation, every operation named, no name twice, and no unused fragment.
 */
public final class OperationValidator {

    /**
     * One problem found in an operation file.
     *
     * @param source    the file (or the name the text was given)
     * @param operation the operation's name, or {@code "-"} for a problem of the whole file
     * @param message   what is wrong, with the line and column when known
     */
    public record Problem(String source, String operation, String message) {
        @Override
        public String toString() {
            return source + ": operation " + operation + ": " + message;
        }
    }

    private final GraphQLSchema schema;

    public OperationValidator(GraphQLSchema apiSchema) {
        this.schema = apiSchema;
    }

    /** The {@code *.graphql} files under a folder, sorted by path. */
    public static List<Path> operationFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".graphql"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list operation files under " + folder, e);
        }
    }

    public List<Problem> validate(Path file) {
        try {
            return validate(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of(new Problem(file.toString(), "-", "cannot read: " + e.getMessage()));
        }
    }

    /** Validates the text of an operation file; {@code source} names it in the problems. */
    public List<Problem> validate(String source, String text) {
        Document document;
        try {
            document = Parser.parse(text);
        } catch (InvalidSyntaxException e) {
            return List.of(new Problem(source, "-", "syntax error: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        List<OperationDefinition> operations = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                operations.add(operation);
            } else if (definition instanceof FragmentDefinition fragment) {
                if (fragments.putIfAbsent(fragment.getName(), fragment) != null) {
                    problems.add(new Problem(source, "-", "fragment " + fragment.getName() + " is defined twice"));
                }
            } else {
                problems.add(new Problem(source, "-", "not an operation or fragment: "
                        + definition.getClass().getSimpleName() + at(definition.getSourceLocation())));
            }
        }
        if (operations.isEmpty()) {
            problems.add(new Problem(source, "-", "no operation in the file"));
        }
        Set<String> names = new HashSet<>();
        Set<String> usedFragments = new HashSet<>();
        for (OperationDefinition operation : operations) {
            String name = operation.getName();
            if (name == null) {
                problems.add(new Problem(source, "(anonymous)", "operations must be named"
                        + at(operation.getSourceLocation())));
                name = "(anonymous)";
            } else if (!names.add(name)) {
                problems.add(new Problem(source, name, "operation name used twice in the file"));
            }
            Set<String> used = fragmentsUsedBy(operation, fragments);
            usedFragments.addAll(used);
            List<Definition> definitions = new ArrayList<>();
            definitions.add(operation);
            used.stream().map(fragments::get).filter(f -> f != null).forEach(definitions::add);
            Document single = Document.newDocument().definitions(definitions).build();
            for (ValidationError error : new Validator().validateDocument(schema, single, Locale.ENGLISH)) {
                problems.add(new Problem(source, name, describe(error)));
            }
        }
        for (String fragment : fragments.keySet()) {
            if (!usedFragments.contains(fragment)) {
                problems.add(new Problem(source, "-", "fragment " + fragment + " is never used"));
            }
        }
        return problems;
    }

    /** The fragments an operation spreads, directly or through other fragments. */
    private static Set<String> fragmentsUsedBy(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
        Set<String> used = new LinkedHashSet<>();
        Deque<Node<?>> pending = new ArrayDeque<>();
        pending.push(operation);
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof FragmentSpread spread && used.add(spread.getName())
                    && fragments.containsKey(spread.getName())) {
                pending.push(fragments.get(spread.getName()));
            }
            node.getChildren().forEach(pending::push);
        }
        return used;
    }

    private static String describe(GraphQLError error) {
        String locations = error.getLocations() == null ? "" : error.getLocations().stream()
                .map(l -> l.getLine() + ":" + l.getColumn())
                .collect(Collectors.joining(", "));
        String message = error instanceof ValidationError v && v.getDescription() != null
                ? v.getValidationErrorType() + ": " + v.getDescription()
                : error.getMessage();
        return locations.isEmpty() ? message : message + " (at " + locations + ")";
    }

    private static String at(SourceLocation location) {
        return location == null ? "" : " (at " + location.getLine() + ":" + location.getColumn() + ")";
    }
}
