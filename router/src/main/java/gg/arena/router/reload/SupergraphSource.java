package gg.arena.router.reload;

import java.util.List;

/**
 * Where the served supergraph comes from, asked again on every poll: a file, or the SDLs of live subgraphs composed
 * into one. A source only reports what it sees; {@link SupergraphReloader} decides whether to swap.
 */
public interface SupergraphSource {

    /** Says what is watched, for log lines and {@code /health} (e.g. {@code file schema/supergraph.graphql}). */
    String describe();

    /** Looks once. Never throws for a bad input: that is a {@link Poll.Invalid} or {@link Poll.Unavailable}. */
    Poll poll();

    /** What one look found. Each carries a fingerprint of the raw input, so the same input is handled once. */
    sealed interface Poll {
        /** A supergraph SDL to serve (it may still fail to parse). */
        record Sdl(String fingerprint, String sdl) implements Poll {
        }

        /** The input is there but gives no supergraph (e.g. the subgraph SDLs do not compose), with every reason. */
        record Invalid(String fingerprint, List<String> problems) implements Poll {
        }

        /** The input cannot be read right now (a subgraph is down, the file is being written); try again later. */
        record Unavailable(String reason) implements Poll {
        }
    }
}
