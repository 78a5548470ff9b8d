package gg.arena.subgraph.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The documented environment variables whose names relaxed binding does not map to their property:
 * {@code ARENA_JWT_SECRET} would bind only as {@code ARENA_AUTH_JWTSECRET}, so without this alias a
 * secret set the documented way is silently ignored and tokens fail between services. Added last, so an
 * explicit {@code arena.auth.jwt-secret} (argument, YAML, {@code ARENA_AUTH_JWTSECRET}) still wins.
 */
public final class ArenaEnvironmentVariables implements EnvironmentPostProcessor {

    static final String SOURCE = "arenaEnvironmentVariables";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String secret = environment.getProperty("ARENA_JWT_SECRET");
        if (secret != null && !secret.isBlank() && !environment.getPropertySources().contains(SOURCE)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE,
                    Map.of("arena.auth.jwt-secret", secret)));
        }
    }
}
