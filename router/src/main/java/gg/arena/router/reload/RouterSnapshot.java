package gg.arena.router.reload;

import gg.arena.router.Router;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One supergraph being served: its {@link Router} (with its own document and plan caches) and the subgraph client
 * built for its routing URLs. Reference-counted: the holder keeps one reference while the snapshot is current and
 * every request keeps one while it runs, so a replaced snapshot's client is closed only after its last request.
 */
public final class RouterSnapshot {
    private final ServedSupergraph served;
    private final Router router;
    private final AutoCloseable resources;
    private final AtomicInteger references = new AtomicInteger(1);

    public RouterSnapshot(ServedSupergraph served, Router router, AutoCloseable resources) {
        this.served = served;
        this.router = router;
        this.resources = resources;
    }

    public ServedSupergraph served() {
        return served;
    }

    public Router router() {
        return router;
    }

    /** Takes a reference unless the snapshot has already been released for good. */
    boolean retain() {
        while (true) {
            int n = references.get();
            if (n == 0) {
                return false;
            }
            if (references.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Drops a reference; the last one closes the subgraph client. */
    void release() {
        if (references.decrementAndGet() == 0) {
            try {
                resources.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(RouterSnapshot.class).warn("closing the client of supergraph {}: {}",
                        served.hash(), e.toString());
            }
        }
    }

    /** Whether nothing uses this snapshot any more (its client is closed). */
    public boolean closed() {
        return references.get() == 0;
    }
}
