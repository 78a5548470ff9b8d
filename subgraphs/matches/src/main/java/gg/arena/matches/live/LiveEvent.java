package gg.arena.matches.live;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One event of the {@code MatchEvent} interface as it travels on the bus (topic
 * {@code matches.events.<matchId>}); the record's simple name is its GraphQL type name, and its
 * {@code type} property in JSON, so the Redis bus reads it back as the right record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(MatchKillEvent.class),
        @JsonSubTypes.Type(MatchScoreEvent.class),
        @JsonSubTypes.Type(MatchEndEvent.class)})
public sealed interface LiveEvent permits MatchKillEvent, MatchScoreEvent, MatchEndEvent {

    String matchId();

    long sequence();

    Instant at();
}
