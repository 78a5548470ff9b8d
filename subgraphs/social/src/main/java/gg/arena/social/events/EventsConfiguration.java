package gg.arena.social.events;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the no-op publisher unless another {@link SocialEventsPublisher} bean is declared. */
@Configuration(proxyBeanMethods = false)
public class EventsConfiguration {

    @Bean
    @ConditionalOnMissingBean(SocialEventsPublisher.class)
    SocialEventsPublisher noOpSocialEventsPublisher() {
        return new NoOpSocialEventsPublisher();
    }
}
