package gg.arena.router.subgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One subscription on an upstream connection (one graphql-transport-ws id), shared by every router-side subscriber
 * that asked for the same {@link UpstreamWsKey}. Subscribers join and leave under the lock of
 * {@link WebSocketSubgraphSubscriptions}; events are fanned out from the connection's event loop.
 */
final class UpstreamWsSubscription {
    final UpstreamWsKey key;
    final UpstreamWsConnection connection;
    final String id;
    final Map<String, Object> payload;
    /** {@code subscribe} went out; guarded by the connection's lock. */
    boolean sent;
    /** The last subscriber left before or after {@code subscribe} went out; guarded by the connection's lock. */
    boolean cancelled;
    private final List<UpstreamWsSubscriber> subscribers = new CopyOnWriteArrayList<>();

    UpstreamWsSubscription(UpstreamWsKey key, UpstreamWsConnection connection, String id) {
        this.key = key;
        this.connection = connection;
        this.id = id;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("query", key.query());
        p.put("variables", key.variables());
        if (key.authorization() != null) {
            // The connection is shared by many viewers and carries none; each subscription names its own.
            p.put("extensions", Map.of("headers", Map.of("Authorization", key.authorization())));
        }
        this.payload = p;
    }

    void add(UpstreamWsSubscriber s) {
        subscribers.add(s);
    }

    boolean remove(UpstreamWsSubscriber s) {
        return subscribers.remove(s);
    }

    boolean isEmpty() {
        return subscribers.isEmpty();
    }

    List<UpstreamWsSubscriber> subscribers() {
        return List.copyOf(subscribers);
    }

    /**
     * Hands one {@code next} payload to every subscriber; each but the first gets its own copy, as callers merge
     * enrichment results into it. Returns the subscribers whose queue overflowed (they have been ended).
     */
    List<UpstreamWsSubscriber> next(Map<String, Object> payload) {
        List<UpstreamWsSubscriber> overflowed = null;
        boolean first = true;
        for (UpstreamWsSubscriber s : subscribers) {
            Map<String, Object> p = first ? payload : copy(payload);
            first = false;
            if (!s.next(p)) {
                if (overflowed == null) {
                    overflowed = new ArrayList<>();
                }
                overflowed.add(s);
            }
        }
        return overflowed == null ? List.of() : overflowed;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, copyValue(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copy((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(copyValue(e)));
            return out;
        }
        return v;
    }
}
