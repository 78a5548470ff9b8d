package gg.arena.router.subgraph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes two upstream subscriptions identical, so that they can share one: the same subgraph, document,
 * variables and {@code Authorization} (the viewer; null without one).
 */
record UpstreamWsKey(String subgraph, String query, Map<String, Object> variables, String authorization) {
    UpstreamWsKey {
        variables = variables == null || variables.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
