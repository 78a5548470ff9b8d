package gg.arena.router.reload;

import gg.arena.schema.compose.Composer;
import gg.arena.schema.compose.CompositionError;
import gg.arena.schema.compose.CompositionResult;
import gg.arena.schema.compose.LiveSdl;
import gg.arena.schema.compose.SubgraphSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dev mode: fetches {@code _service { sdl }} from every subgraph and composes them with Arena's composer. The subgraph
 * URLs become the supergraph's routing URLs. Composition runs only when some SDL changed since the last poll.
 */
public final class LiveSubgraphsSource implements SupergraphSource {
    private final Map<String, String> urls;
    private final List<String> ordered;
    private String lastFingerprint;
    private Poll lastResult;

    public LiveSubgraphsSource(Map<String, String> urls) {
        this.urls = Map.copyOf(urls);
        this.ordered = List.copyOf(urls.keySet());
    }

    @Override
    public String describe() {
        return "subgraphs " + String.join(", ", ordered.stream().map(n -> n + "=" + urls.get(n)).toList());
    }

    @Override
    public Poll poll() {
        List<SubgraphSource> sources = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (String name : ordered) {
            SubgraphSource s;
            try {
                s = LiveSdl.fetch(name, urls.get(name));
            } catch (IllegalArgumentException e) {
                return new Poll.Unavailable(reason(e));
            }
            sources.add(s);
            raw.append(name).append('\u0000').append(s.url()).append('\u0000').append(s.sdl()).append('\u0000');
        }
        String fingerprint = Fingerprints.of(raw.toString());
        if (fingerprint.equals(lastFingerprint)) {
            return lastResult;
        }
        Poll result = compose(fingerprint, sources);
        lastFingerprint = fingerprint;
        lastResult = result;
        return result;
    }

    /** The fetch error, with the cause's type where the JDK client gave no message (a refused connection). */
    private static String reason(IllegalArgumentException e) {
        String m = String.valueOf(e.getMessage());
        if (m.endsWith(": null") && e.getCause() != null) {
            return m.substring(0, m.length() - "null".length()) + e.getCause().getClass().getSimpleName();
        }
        return m;
    }

    private static Poll compose(String fingerprint, List<SubgraphSource> sources) {
        CompositionResult r;
        try {
            r = Composer.compose(sources);
        } catch (RuntimeException e) {
            return new Poll.Invalid(fingerprint, List.of("[COMPOSER_FAILED] the composer stopped: " + e));
        }
        if (r.composed()) {
            return new Poll.Sdl(fingerprint, r.supergraphOrThrow());
        }
        return new Poll.Invalid(fingerprint, r.errors().stream().map(CompositionError::toString).toList());
    }
}
