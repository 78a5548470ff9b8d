package gg.arena.players.ratings;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ratings from ended matches ({@code arena.players.*}).
 *
 * @param matchesUrl GraphQL endpoint of the matches service, read service to service for
 *     {@code endedMatchesSince} (default {@code http://127.0.0.1:${ARENA_MATCHES_PORT:4002}/graphql}
 *     in application.yml, so the launcher's port variable is followed; {@code ARENA_MATCHES_URL}
 *     overrides it)
 * @param matchResults how results are read and applied
 */
@ConfigurationProperties("arena.players")
public record RatingsProperties(
        @DefaultValue("http://127.0.0.1:4002/graphql") URI matchesUrl,
        @DefaultValue MatchResults matchResults) {

    /**
     * @param enabled whether this instance applies match results at all (default true)
     * @param pollInterval pause between two reads of the outbox while matches answers (default 5s);
     *     a result that arrives on the event bus is applied at once and triggers a read
     * @param initialBackoff pause after the first failed read (default 1s); doubles with each failure
     * @param maxBackoff the pause never grows beyond this (default 30s)
     * @param pageSize results per read, 1..100 (default 100)
     * @param requestTimeout how long one read may take (default 5s)
     * @param kFactor Elo K: the most a player's rating moves in one match (default 32)
     */
    public record MatchResults(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("30s") Duration maxBackoff,
            @DefaultValue("100") int pageSize,
            @DefaultValue("5s") Duration requestTimeout,
            @DefaultValue("32") int kFactor) {

        public MatchResults {
            for (Duration d : new Duration[] {pollInterval, initialBackoff, maxBackoff, requestTimeout}) {
                if (d == null || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("arena.players.match-results durations must be positive");
                }
            }
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("arena.players.match-results.max-backoff must be >= initial-backoff");
            }
            if (pageSize < 1 || pageSize > 100) {
                throw new IllegalArgumentException("arena.players.match-results.page-size must be 1..100, got " + pageSize);
            }
            if (kFactor < 1 || kFactor > 400) {
                throw new IllegalArgumentException("arena.players.match-results.k-factor must be 1..400, got " + kFactor);
            }
        }
    }
}
