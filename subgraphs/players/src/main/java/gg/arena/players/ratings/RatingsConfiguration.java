package gg.arena.players.ratings;

import gg.arena.subgraph.events.EventBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ratings from ended matches: the matches client and the feed (off with arena.players.match-results.enabled=false). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RatingsProperties.class)
public class RatingsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "arena.players.match-results.enabled", havingValue = "true", matchIfMissing = true)
    MatchResultsFeed matchResultsFeed(RatingsProperties properties, RatingLedger ledger, EventBus bus) {
        MatchesClient client = new MatchesClient(properties.matchesUrl(), properties.matchResults().requestTimeout());
        return new MatchResultsFeed(client, ledger, bus, properties.matchResults());
    }
}
