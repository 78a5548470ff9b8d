package gg.arena.router.plan;

import graphql.language.Document;
import graphql.language.OperationDefinition;

import java.util.List;

/** Picks the operation to run from a document, as GraphQL's GetOperation does. */
public final class Operations {
    private Operations() {
    }

    /** The operation named {@code name}, or the only one when name is null; an exception otherwise. */
    public static OperationDefinition select(Document document, String name) {
        List<OperationDefinition> ops = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null || name.isEmpty()) {
            if (ops.size() != 1) {
                throw new IllegalArgumentException(ops.isEmpty() ? "The document contains no operation."
                        : "The document contains several operations: operationName is required.");
            }
            return ops.getFirst();
        }
        return ops.stream().filter(o -> name.equals(o.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown operation named '" + name + "'."));
    }
}
