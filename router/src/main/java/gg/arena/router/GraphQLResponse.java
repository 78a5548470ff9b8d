package gg.arena.router;

import tools.jackson.databind.node.ObjectNode;

/**
 * The response body and what kind of outcome it is, for the transport to pick a status code.
 *
 * @param body    the GraphQL response ({@code data}, {@code errors}, {@code extensions})
 * @param outcome whether the request was executed, rejected before execution, or not allowed over this method
 */
public record GraphQLResponse(ObjectNode body, Outcome outcome) {

    /** How far the request got. */
    public enum Outcome {
        /** Executed (possibly with field errors and partial data). */
        EXECUTED,
        /** Rejected before execution: parse, validation, operation selection or variable coercion failed. */
        REQUEST_ERROR,
        /** A mutation over a method that only allows queries (GET). */
        METHOD_NOT_ALLOWED,
        /** The bearer token was refused (bad signature, expired, malformed); nothing ran. */
        UNAUTHENTICATED
    }
}
