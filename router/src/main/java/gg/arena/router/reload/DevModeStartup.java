package gg.arena.router.reload;

import gg.arena.router.config.RouterConfig;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.supergraph.SupergraphException;
import gg.arena.router.supergraph.SupergraphParser;

import java.time.Duration;

/**
 * Dev mode start-up: composes the first supergraph from the live subgraphs. A subgraph that does not answer yet is
 * waited for (the subgraphs are often started together with the router), with one log line per new reason and a
 * reminder every 30 s; SDLs that answer but do not compose stop start-up with every composition error.
 */
public final class DevModeStartup {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DevModeStartup.class);
    private static final Duration REMINDER = Duration.ofSeconds(30);

    private DevModeStartup() {
    }

    /**
     * @param wait whether to wait for subgraphs that cannot be reached (false: fail at once, e.g. for
     *             {@code --print-plan})
     * @throws SupergraphException when the SDLs do not compose, or a subgraph cannot be reached and {@code wait}
     *                             is false
     */
    public static Supergraph compose(RouterConfig config, boolean wait) {
        LiveSubgraphsSource source = new LiveSubgraphsSource(config.liveSubgraphs());
        Duration retry = config.pollInterval().isZero() ? RouterConfig.DEFAULT_POLL_INTERVAL : config.pollInterval();
        String lastReason = null;
        long lastLog = 0;
        while (true) {
            switch (source.poll()) {
                case SupergraphSource.Poll.Sdl s -> {
                    Supergraph supergraph = SupergraphParser.parse(s.sdl(), "composed supergraph");
                    LOG.info("composed supergraph {} from {}", Fingerprints.supergraph(supergraph.document()),
                            source.describe());
                    return supergraph;
                }
                case SupergraphSource.Poll.Invalid i -> throw new SupergraphException(
                        "the subgraphs do not compose (" + source.describe() + "):\n  "
                                + String.join("\n  ", i.problems()));
                case SupergraphSource.Poll.Unavailable u -> {
                    if (!wait) {
                        throw new SupergraphException(u.reason());
                    }
                    long now = System.nanoTime();
                    if (!u.reason().equals(lastReason) || now - lastLog > REMINDER.toNanos()) {
                        LOG.warn("waiting for the subgraphs before serving: {}; trying again every {} ms", u.reason(),
                                retry.toMillis());
                        lastReason = u.reason();
                        lastLog = now;
                    }
                    try {
                        Thread.sleep(retry.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SupergraphException("interrupted while waiting for the subgraphs");
                    }
                }
            }
        }
    }
}
