package gg.arena.subgraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.subgraph.auth.AuthProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ArenaEnvironmentVariablesTest {

    private static final String SECRET = "a-secret-from-the-environment-0123456789abcdef";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuthProperties.class)
    static class Empty {
    }

    /** Started the way every subgraph starts, so the spring.factories registration is what is tested. */
    private static AuthProperties bind(Map<String, Object> environmentVariables, String... args) {
        SpringApplication app = new SpringApplication(Empty.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environmentVariables));
        app.setEnvironment(environment);
        try (ConfigurableApplicationContext context = app.run(args)) {
            return context.getBean(AuthProperties.class);
        }
    }

    @Test
    void theDocumentedVariableSetsTheTokenSecret() {
        assertThat(bind(Map.of("ARENA_JWT_SECRET", SECRET)).jwtSecret()).isEqualTo(SECRET);
    }

    @Test
    void anExplicitPropertyStillWins() {
        String explicit = "an-explicit-secret-on-the-command-line-0123456789";
        assertThat(bind(Map.of("ARENA_JWT_SECRET", SECRET), "--arena.auth.jwt-secret=" + explicit).jwtSecret())
                .isEqualTo(explicit);
    }

    @Test
    void withoutItTheDevelopmentDefaultApplies() {
        assertThat(bind(Map.of()).jwtSecret()).startsWith("arena-local-development-secret");
    }
}
