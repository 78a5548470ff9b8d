package gg.arena.matches.seed;

import gg.arena.matches.repository.MatchRepository;
import gg.arena.matches.repository.ParticipantRepository;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo world's finished matches on start-up, in one
 * transaction with JDBC batch inserts. A database that already holds matches is left alone,
 * so PostgreSQL data survives restarts. {@code arena.demo.seed=false} turns it off. Runs once
 * every bean exists (Flyway has migrated) but before the web server opens its port, so the
 * service never answers from a half-seeded database.
 */
@Component
@ConditionalOnProperty(name = "arena.demo.seed", havingValue = "true", matchIfMissing = true)
public class DemoMatchSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoMatchSeeder.class);

    private final MatchRepository matches;
    private final ParticipantRepository participants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DemoMatchSeeder(MatchRepository matches, ParticipantRepository participants,
            TransactionTemplate transaction, Clock clock) {
        this.matches = matches;
        this.participants = participants;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        Boolean seeded = transaction.execute(status -> {
            if (!matches.isEmpty()) {
                return false;
            }
            // Dates end at the start of today (UTC): the same rows all day, on every machine.
            DemoMatches.Generated world = DemoMatches.generate(clock.instant().truncatedTo(ChronoUnit.DAYS));
            matches.insertAll(world.matches());
            participants.insertAll(world.participants());
            return true;
        });
        if (Boolean.TRUE.equals(seeded)) {
            log.info("seeded demo matches in {} ms", (System.nanoTime() - start) / 1_000_000);
        } else {
            log.info("matches present; demo seed skipped");
        }
    }
}
