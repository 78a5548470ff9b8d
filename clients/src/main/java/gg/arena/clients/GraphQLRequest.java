package gg.arena.clients;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One GraphQL-over-HTTP request body: {@code {"query", "operationName", "variables"}}.
 *
 * @param query         the document text, sent as written (comments and fragments included)
 * @param operationName which operation of the document to run; null when the document has one anonymous operation
 * @param variables     the variables, a JSON object (empty for none)
 */
public record GraphQLRequest(String query, String operationName, ObjectNode variables) {

    private static final Pattern OPERATION =
            Pattern.compile("^\\s*(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)", Pattern.MULTILINE);

    public GraphQLRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the operation document is empty");
        }
        variables = variables == null ? JsonNodeFactory.instance.objectNode() : variables;
    }

    /**
     * A request for an operation file. Without {@code operationName}, the file's only named
     * operation is chosen; a file with several needs the name.
     */
    public static GraphQLRequest fromFile(Path file, String operationName, ObjectNode variables) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read operation file " + file, e);
        }
        List<String> names = operationNames(text);
        if (operationName != null && !names.contains(operationName)) {
            throw new IllegalArgumentException(file + " has no operation " + operationName + " (it has " + names + ")");
        }
        if (operationName == null && names.size() > 1) {
            throw new IllegalArgumentException(
                    file + " has several operations " + names + "; choose one with --operation-name");
        }
        return new GraphQLRequest(text, operationName != null ? operationName : names.stream().findFirst().orElse(null),
                variables);
    }

    /** The names of the operations in a document, in order (anonymous operations have none). */
    static List<String> operationNames(String document) {
        List<String> names = new ArrayList<>();
        Matcher matcher = OPERATION.matcher(document);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The JSON body to POST. */
    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("query", query);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        body.set("variables", variables);
        return body;
    }
}
