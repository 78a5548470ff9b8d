package gg.arena.router.instrument;

/**
 * The seam for metrics and tracing: the router opens a phase when it starts parsing, planning, executing or
 * fetching from a subgraph and closes it when that ends. Register one as a Spring bean; the default does nothing.
 */
public interface RouterInstrumentation {
    RouterInstrumentation NOOP = new RouterInstrumentation() {
    };

    /** The phases of a request. */
    enum Phase {
        /** Parse and validate a document not seen before (documents are cached). */
        PARSE_VALIDATE,
        /** Plan an operation not seen before (plans are cached). */
        PLAN,
        /** Execute a plan and shape the response. */
        EXECUTE,
        /** One subgraph request; {@code detail} is the subgraph name. */
        FETCH,
        /** One subscription event: the rest of the plan run on it and its shaping; {@code detail} names the operation. */
        SUBSCRIPTION_EVENT
    }

    /** Called when a phase ends; {@code error} is null on success. */
    @FunctionalInterface
    interface End {
        End NOOP = error -> {
        };

        void end(Throwable error);
    }

    /** Called when {@code phase} starts; the result is told when it ends. */
    default End begin(Phase phase, String detail) {
        return End.NOOP;
    }
}
