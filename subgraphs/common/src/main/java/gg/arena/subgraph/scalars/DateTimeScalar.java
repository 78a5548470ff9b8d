package gg.arena.subgraph.scalars;

import com.netflix.graphql.dgs.DgsScalar;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** {@code DateTime}: an {@link Instant} on the wire as ISO-8601 in UTC, truncated to milliseconds. */
@DgsScalar(name = "DateTime")
public final class DateTimeScalar implements Coercing<Instant, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
        }
        throw new CoercingSerializeException("Not a DateTime: " + value);
    }

    @Override
    public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
        if (input instanceof String s) {
            return parse(s, CoercingParseValueException::new);
        }
        throw new CoercingParseValueException("A DateTime must be an ISO-8601 string.");
    }

    @Override
    public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (input instanceof StringValue s) {
            return parse(s.getValue(), CoercingParseLiteralException::new);
        }
        throw new CoercingParseLiteralException("A DateTime must be an ISO-8601 string.");
    }

    private static <E extends RuntimeException> Instant parse(String s, java.util.function.Function<String, E> error) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw error.apply("Not an ISO-8601 date-time with offset: '" + s + "'.");
        }
    }
}
