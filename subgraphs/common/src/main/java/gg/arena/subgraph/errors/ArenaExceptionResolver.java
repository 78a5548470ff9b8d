package gg.arena.subgraph.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;

/**
 * Turns an {@link ArenaException} into a GraphQL error at the field's path with
 * {@code extensions.code} and {@code extensions.classification}. Exceptions from
 * DataLoader futures arrive wrapped, so the cause chain is unwrapped first. Anything
 * else is left to the framework's default handling (an INTERNAL error without details).
 */
public final class ArenaExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        Throwable cause = unwrap(ex);
        if (!(cause instanceof ArenaException arena)) {
            return null;
        }
        return GraphqlErrorBuilder.newError(env)
                .message(arena.getMessage())
                .errorType(arena.errorType())
                .extensions(Map.of("code", arena.code(), "classification", arena.errorType().name()))
                .build();
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable current = ex;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
