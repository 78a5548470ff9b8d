package gg.arena.players.ratings;

import gg.arena.subgraph.events.EventBus;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.util.retry.Retry;

/**
 * Brings ratings up to date with the matches that ended, losing none. Two ways in, one thread:
 * <ul>
 *   <li>the poll reads matches' outbox ({@code endedMatchesSince} after the stored cursor) every
 *       poll interval, page by page, applying each result and moving the cursor in one transaction;</li>
 *   <li>a result on the event bus (topic {@code matches.ended}; it crosses processes only with the
 *       Redis bus) is applied at once and triggers a poll.</li>
 * </ul>
 * Applying is idempotent ({@link RatingLedger}), so a result that comes both ways, or twice, counts
 * once. When matches cannot be read, players keeps serving: the poll backs off (doubling up to the
 * maximum) and logs one line when the outage starts and one when it ends.
 */
public final class MatchResultsFeed implements SmartLifecycle {

    /** The bus topic of stored match results (the matches service publishes it). */
    public static final String TOPIC = "matches.ended";
    /** Pages read in one go before other work (a trigger) gets the thread. */
    private static final int MAX_PAGES_PER_ROUND = 50;

    private static final Logger log = LoggerFactory.getLogger(MatchResultsFeed.class);

    private final MatchesClient matches;
    private final RatingLedger ledger;
    private final EventBus bus;
    private final RatingsProperties.MatchResults settings;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong failedReads = new AtomicLong();

    private ScheduledExecutorService thread;
    private Disposable subscription;
    private volatile boolean running;

    // Touched only on the feed thread.
    private long nextReadAt;
    private int failures;

    public MatchResultsFeed(MatchesClient matches, RatingLedger ledger, EventBus bus, RatingsProperties.MatchResults settings) {
        this.matches = matches;
        this.ledger = ledger;
        this.bus = bus;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("match-results").daemon(true).factory());
        nextReadAt = System.nanoTime();
        running = true;
        // On the Redis bus a lost connection ends the stream: listen again with backoff (the poll covers the gap).
        subscription = bus.subscribe(TOPIC, MatchResult.class)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, settings.initialBackoff()).maxBackoff(settings.maxBackoff())
                        .doBeforeRetry(signal -> {
                            if (signal.totalRetriesInARow() == 0) {
                                log.warn("lost the bus subscription to {} ({}); listening again with backoff, the poll"
                                        + " still brings every result", TOPIC, signal.failure().toString());
                            }
                        }))
                .subscribe(this::trigger, e -> log.warn("stopped listening for ended matches on the bus: {}", e.toString()));
        thread.execute(this::scheduledRead);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (subscription != null) {
            subscription.dispose();
        }
        if (thread != null) {
            thread.shutdownNow();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Results this instance applied (changed ratings for) since start. */
    public long applied() {
        return applied.get();
    }

    /** Reads of matches' outbox that failed since start. */
    public long failedReads() {
        return failedReads.get();
    }

    /** A result from the bus: applied now, then the outbox is read unless it is backing off. */
    void trigger(MatchResult result) {
        execute(() -> {
            try {
                if (ledger.apply(result, settings.kFactor(), false)) {
                    rated(result, "the bus");
                }
            } catch (RuntimeException e) {
                // The poll will bring the same result again.
                log.warn("could not apply the result of match {} from the bus; the poll will retry: {}",
                        result.matchId(), e.toString());
            }
            if (failures == 0) {
                nextReadAt = System.nanoTime();
                readIfDue();
            }
        });
    }

    private void scheduledRead() {
        readIfDue();
        if (running) {
            long delay = Math.max(0, nextReadAt - System.nanoTime());
            try {
                thread.schedule(this::scheduledRead, delay, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // stopping
            }
        }
    }

    private void readIfDue() {
        if (!running || System.nanoTime() - nextReadAt < 0) {
            return;
        }
        try {
            boolean more = catchUp();
            if (failures > 0) {
                log.info("matches at {} answers again after {} failed reads; ratings are up to date to end sequence {}",
                        matches.endpoint(), failures, ledger.cursor());
            }
            failures = 0;
            nextReadAt = System.nanoTime() + (more ? 0 : settings.pollInterval().toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failedReads.incrementAndGet();
            failures++;
            long backoff = backoffNanos(failures);
            if (failures == 1) {
                log.warn("cannot read ended matches from {} ({}); ratings wait for them, retrying with backoff up to {}"
                        + " (one line per outage; set arena.players.matches-url if matches runs elsewhere)",
                        matches.endpoint(), e.toString(), settings.maxBackoff());
            }
            nextReadAt = System.nanoTime() + backoff;
        }
    }

    /** Reads and applies pages until the outbox is exhausted; true when it stopped early with more to read. */
    private boolean catchUp() throws Exception {
        for (int page = 0; page < MAX_PAGES_PER_ROUND; page++) {
            List<MatchResult> results = matches.endedSince(ledger.cursor(), settings.pageSize());
            for (MatchResult result : results) {
                if (ledger.apply(result, settings.kFactor(), true)) {
                    rated(result, "the poll");
                }
            }
            if (results.size() < settings.pageSize()) {
                return false;
            }
        }
        return true;
    }

    private void rated(MatchResult result, String from) {
        applied.incrementAndGet();
        log.info("rated match {} (end sequence {}, {} players) from {}", result.matchId(), result.sequence(),
                result.lines().size(), from);
    }

    long backoffNanos(int failureCount) {
        long initial = settings.initialBackoff().toNanos();
        long max = settings.maxBackoff().toNanos();
        int doublings = Math.min(failureCount - 1, 30);
        long backoff = initial << doublings;
        return backoff <= 0 || backoff > max ? max : backoff;
    }

    private void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException | NullPointerException e) {
            // not running: the poll reads the result after the next start
        }
    }
}
