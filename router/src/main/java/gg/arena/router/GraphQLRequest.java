package gg.arena.router;

import tools.jackson.databind.node.ObjectNode;

/**
 * A GraphQL request as the client sent it.
 *
 * @param query         the document text
 * @param operationName the operation to run, or null
 * @param variables     raw variable values, or null
 */
public record GraphQLRequest(String query, String operationName, ObjectNode variables) {
}
