package gg.arena.router.subscription;

/**
 * The graphql-transport-ws protocol (the {@code graphql-ws} library's PROTOCOL.md): its subprotocol name, message
 * types and close codes.
 */
public final class GraphQLWs {
    public static final String SUBPROTOCOL = "graphql-transport-ws";

    public static final String CONNECTION_INIT = "connection_init";
    public static final String CONNECTION_ACK = "connection_ack";
    public static final String PING = "ping";
    public static final String PONG = "pong";
    public static final String SUBSCRIBE = "subscribe";
    public static final String NEXT = "next";
    public static final String ERROR = "error";
    public static final String COMPLETE = "complete";

    /** An invalid message; the reason says what was wrong. */
    public static final int BAD_REQUEST = 4400;
    /** {@code subscribe} before {@code connection_ack}. */
    public static final int UNAUTHORIZED = 4401;
    /** The {@code connection_init} credentials were refused. */
    public static final int FORBIDDEN = 4403;
    /** The client did not ask for {@link #SUBPROTOCOL}. */
    public static final int SUBPROTOCOL_NOT_ACCEPTABLE = 4406;
    /** No {@code connection_init} within the allowed time. */
    public static final int CONNECTION_INITIALISATION_TIMEOUT = 4408;
    /** A {@code subscribe} reused the id of an operation still running. */
    public static final int SUBSCRIBER_ALREADY_EXISTS = 4409;
    /** A second {@code connection_init}. */
    public static final int TOO_MANY_INITIALISATION_REQUESTS = 4429;
    /** The router failed in a way the client cannot fix. */
    public static final int INTERNAL_SERVER_ERROR = 4500;
    /** RFC 6455: the client sent nothing, not even a pong, for the idle timeout. */
    public static final int GOING_AWAY = 1001;
    /** RFC 6455: the client let more than the queue limit of messages pile up unread. */
    public static final int POLICY_VIOLATION = 1008;
    /** RFC 6455: a message larger than the configured limit. */
    public static final int MESSAGE_TOO_BIG = 1009;

    private GraphQLWs() {
    }
}
