package gg.arena.subgraph.errors;

import com.netflix.graphql.dgs.exceptions.DefaultDataFetcherExceptionHandler;
import com.netflix.graphql.dgs.exceptions.DgsException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;

/**
 * The one place where a failed data fetcher becomes a GraphQL error, for ordinary fields and for
 * {@code _entities} alike (the federation resolver calls the same handler per representation).
 * <ul>
 *   <li>An {@link ArenaException} is the client's to fix: its message, {@code extensions.code}
 *       and {@code extensions.classification} go out as they are.</li>
 *   <li>A framework {@link DgsException} (a bad representation, a missing entity fetcher) keeps
 *       the framework's wording, which names the cause.</li>
 *   <li>Anything else is our bug or an outage: the client gets {@code INTERNAL} and a reference,
 *       never the exception text (it can hold SQL or internals); the log has the stack trace
 *       under the same reference.</li>
 * </ul>
 */
public final class ArenaDataFetcherExceptionHandler implements DataFetcherExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ArenaDataFetcherExceptionHandler.class);

    private final DataFetcherExceptionHandler framework = new DefaultDataFetcherExceptionHandler();

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable cause = unwrap(parameters.getException());
        if (cause instanceof DgsException) {
            return framework.handleException(parameters);
        }
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment());
        if (cause instanceof ArenaException arena) {
            error.message(arena.getMessage())
                    .errorType(arena.errorType())
                    .extensions(Map.of("code", arena.code(), "classification", arena.errorType().name()));
        } else {
            String reference = UUID.randomUUID().toString();
            log.error("Internal error {} at {}", reference, parameters.getPath(), cause);
            error.message("Internal error; reference " + reference + ".")
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .extensions(Map.of("code", "INTERNAL", "classification", ErrorType.INTERNAL_ERROR.name(),
                            "reference", reference));
        }
        GraphQLError built = error.build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(built).build());
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable current = ex;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                        || current instanceof java.lang.reflect.InvocationTargetException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
