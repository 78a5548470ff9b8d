package gg.arena.matches;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.repository.MatchRepository;
import gg.arena.subgraph.testing.CleanDatabase;
import gg.arena.subgraph.testing.StatementCounter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of ended matches on PostgreSQL: end sequences taken by concurrent transactions (as
 * several instances storing results at once) are handed out only after the previous one committed,
 * so a reader paging with "after the last sequence I saw" can never skip a result that commits late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ARENA_DB_SCHEMA=matches_test", "spring.flyway.clean-disabled=false"})
@ActiveProfiles("postgres")
@Import({CleanDatabase.class, StatementCounter.class})
@EnabledIf("gg.arena.subgraph.testing.Postgres#available")
class PostgresEndedMatchesTest {

    @Autowired MatchRepository matches;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    @Test
    void concurrentResultsCommitInEndSequenceOrder() throws Exception {
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> {
                    return transaction.execute(status -> {
                        long sequence = matches.nextEndSequence();
                        // what another connection sees now: the previous sequence must already be committed
                        long committed = CompletableFuture.supplyAsync(() -> jdbc.sql(
                                "SELECT last_sequence FROM match_end_counter WHERE id = 1").query(Long.class).single()).join();
                        if (committed != sequence - 1) {
                            violations.add("took " + sequence + " while " + committed + " was the last committed");
                        }
                        taken.add(sequence);
                        return sequence;
                    });
                });
            }
            for (Future<Long> f : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(violations).isEmpty();
        List<Long> sorted = taken.stream().sorted().toList();
        assertThat(sorted).hasSize(16).doesNotHaveDuplicates();
        assertThat(sorted.getLast() - sorted.getFirst()).as("no gaps").isEqualTo(15);
    }
}
