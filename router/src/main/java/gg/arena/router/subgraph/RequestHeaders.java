package gg.arena.router.subgraph;

import java.util.Map;

/** Client request headers forwarded to subgraphs (e.g. {@code Authorization}). */
public record RequestHeaders(Map<String, String> values) {
    public static final RequestHeaders NONE = new RequestHeaders(Map.of());

    public RequestHeaders {
        values = Map.copyOf(values);
    }
}
