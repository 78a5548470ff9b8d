package gg.arena.social;

import gg.arena.subgraph.testing.CleanDatabase;
import gg.arena.subgraph.testing.StatementCounter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port over PostgreSQL, in the schema {@code social_test} (never the
 * runtime schema), cleaned and migrated when the context starts, then seeded. Skipped when no
 * PostgreSQL answers. Every class using it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ARENA_DB_SCHEMA=social_test", "spring.flyway.clean-disabled=false"})
@ActiveProfiles("postgres")
@Import({CleanDatabase.class, StatementCounter.class, RecordingSocialEvents.class})
@EnabledIf("gg.arena.subgraph.testing.Postgres#available")
public @interface PostgresDatabaseTest {}
