package gg.arena.tick.wire;

/**
 * Why a datagram was dropped. Each is counted separately in the server metrics. The ordinal is the reason
 * byte of CONNECTION_DENIED, so this list only ever grows at the end.
 */
public enum RejectReason {
    TOO_SHORT,
    TOO_LONG,
    UNKNOWN_TYPE,
    BAD_VERSION,
    BAD_LENGTH,
    BAD_FIELD,
    TRAILING_BYTES,
    BAD_TAG,
    REPLAYED,
    UNKNOWN_CONNECTION,
    TOKEN_EXPIRED,
    TOKEN_INVALID,
    TOKEN_REUSED,
    COOKIE_INVALID,
    COOKIE_EXPIRED,
    WRONG_ADDRESS,
    RATE_LIMITED,
    SERVER_FULL,
    UNEXPECTED,
    UNKNOWN_MATCH,
    NOT_A_PARTICIPANT,
    MATCH_OVER
}
