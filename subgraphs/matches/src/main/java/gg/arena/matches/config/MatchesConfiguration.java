package gg.arena.matches.config;

import gg.arena.matches.events.BusMatchEventsPublisher;
import gg.arena.matches.events.MatchEventsPublisher;
import gg.arena.matches.live.LiveMatchEvents;
import gg.arena.matches.live.LiveProperties;
import gg.arena.subgraph.events.EventBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of the matches service: typed settings, the event seam, the matchmaking sweep's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({MatchmakingProperties.class, LiveProperties.class})
public class MatchesConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MatchEventsPublisher matchEventsPublisher(EventBus bus, LiveMatchEvents live) {
        return new BusMatchEventsPublisher(bus, live);
    }
}
