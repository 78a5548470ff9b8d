package gg.arena.router.subscription;

import gg.arena.router.subgraph.SubgraphException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A running subscription ended with a failure rather than a completion: the upstream subgraph sent {@code error},
 * closed its socket or could not be reached. Carries GraphQL errors so every transport can tell its client why
 * (graphql-transport-ws {@code error}, an SSE {@code next} with errors, a multipart part with top-level errors).
 */
public final class SubscriptionFailedException extends RuntimeException {
    private final transient List<ObjectNode> errors;

    public SubscriptionFailedException(String message, List<ObjectNode> errors, Throwable cause) {
        super(message, cause);
        this.errors = List.copyOf(errors);
    }

    /** The upstream subscription on {@code service} failed. */
    public static SubscriptionFailedException upstream(String service, SubgraphException e) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        String message = "Subscription to subgraph '" + service + "' failed: " + e.getMessage();
        error.put("message", message);
        ObjectNode ext = error.putObject("extensions");
        ext.put("code", "SUBSCRIPTION_UPSTREAM_FAILED");
        ext.put("serviceName", service);
        return new SubscriptionFailedException(message, List.of(error), e);
    }

    /** The GraphQL errors to send the client (each with {@code message} and {@code extensions.code}). */
    public List<ObjectNode> errors() {
        return errors;
    }
}
