package gg.arena.router.subscription;

import gg.arena.router.GraphQLRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One graphql-transport-ws message from a client, checked against the shape the protocol gives its type. A message
 * that does not fit is a {@link Invalid} whose text becomes the 4400 close reason.
 *
 * @param type    the message type
 * @param id      the operation id ({@code subscribe}, {@code complete}); null for connection-level messages
 * @param payload the payload object, or null when absent
 */
record ClientMessage(String type, String id, ObjectNode payload) {

    /** A message the protocol does not allow; the message says why. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static ClientMessage parse(JsonMapper mapper, String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (RuntimeException e) {
            throw new Invalid("Message is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Invalid("Message must be a JSON object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isString()) {
            throw new Invalid("Message is missing the 'type' property");
        }
        String t = type.asString();
        JsonNode payload = node.get("payload");
        JsonNode id = node.get("id");
        switch (t) {
            case GraphQLWs.CONNECTION_INIT, GraphQLWs.PING, GraphQLWs.PONG -> {
                if (payload != null && !payload.isNull() && !payload.isObject()) {
                    throw new Invalid("\"" + t + "\" message expects the 'payload' property to be an object or"
                            + " nullish or missing");
                }
                return new ClientMessage(t, null, payload != null && payload.isObject() ? (ObjectNode) payload : null);
            }
            case GraphQLWs.SUBSCRIBE -> {
                String opId = requireId(t, id);
                if (payload == null || !payload.isObject()) {
                    throw new Invalid("\"subscribe\" message expects the 'payload' property to be an object");
                }
                JsonNode query = payload.get("query");
                if (query == null || !query.isString()) {
                    throw new Invalid("\"subscribe\" message payload expects the 'query' property to be a string");
                }
                for (String key : new String[]{"variables", "extensions"}) {
                    JsonNode v = payload.get(key);
                    if (v != null && !v.isNull() && !v.isObject()) {
                        throw new Invalid("\"subscribe\" message payload expects the '" + key
                                + "' property to be an object or nullish or missing");
                    }
                }
                JsonNode name = payload.get("operationName");
                if (name != null && !name.isNull() && !name.isString()) {
                    throw new Invalid("\"subscribe\" message payload expects the 'operationName' property to be a"
                            + " string or nullish or missing");
                }
                return new ClientMessage(t, opId, (ObjectNode) payload);
            }
            case GraphQLWs.COMPLETE -> {
                return new ClientMessage(t, requireId(t, id), null);
            }
            default -> throw new Invalid("Unexpected message of type " + t + " received");
        }
    }

    private static String requireId(String type, JsonNode id) {
        if (id == null || !id.isString() || id.asString().isEmpty()) {
            throw new Invalid("\"" + type + "\" message requires a non-empty 'id' property");
        }
        return id.asString();
    }

    /** The GraphQL request of a {@code subscribe} message. */
    GraphQLRequest request() {
        JsonNode name = payload.get("operationName");
        JsonNode vars = payload.get("variables");
        return new GraphQLRequest(payload.get("query").asString(),
                name == null || name.isNull() ? null : name.asString(),
                vars == null || vars.isNull() ? null : (ObjectNode) vars);
    }

    /** The {@code Authorization} entry of a {@code connection_init} payload (any letter case), or null. */
    String authorization() {
        if (payload == null) {
            return null;
        }
        for (var e : payload.properties()) {
            if (e.getKey().equalsIgnoreCase("Authorization") && !e.getValue().isNull()) {
                // A value that is not a string cannot be 'Bearer <token>'; verification refuses it.
                return e.getValue().isString() ? e.getValue().asString() : e.getValue().toString();
            }
        }
        return null;
    }
}
