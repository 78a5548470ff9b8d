package gg.arena.router.reload;

import java.time.Instant;
import java.util.List;

/**
 * What {@code /health} says about the served supergraph.
 *
 * @param source        what is watched
 * @param served        the supergraph served now
 * @param reloads       swaps since start-up
 * @param failedReloads changed inputs rejected since start-up
 * @param problems      why the newest changed input was rejected; empty when it is served
 * @param rejectedAt    when that was, or null
 */
public record ReloadStatus(String source, ServedSupergraph served, long reloads, long failedReloads,
                           List<String> problems, Instant rejectedAt) {

    ReloadStatus withProblems(List<String> p) {
        return new ReloadStatus(source, served, reloads, failedReloads, p, p.isEmpty() ? null : rejectedAt);
    }
}
