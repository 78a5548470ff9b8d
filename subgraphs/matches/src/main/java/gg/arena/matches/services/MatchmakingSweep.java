package gg.arena.matches.services;

import gg.arena.matches.repository.TicketRepository;
import gg.arena.matches.repository.TicketRepository.Pool;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-runs the matchmaker over every pool with queued tickets, so bands that widened while
 * tickets waited form matches even when nobody new enqueues.
 */
@Component
@ConditionalOnProperty(name = "arena.matchmaking.sweep-enabled", havingValue = "true", matchIfMissing = true)
public class MatchmakingSweep {

    private static final Logger log = LoggerFactory.getLogger(MatchmakingSweep.class);

    private final TicketRepository tickets;
    private final Matchmaker matchmaker;

    public MatchmakingSweep(TicketRepository tickets, Matchmaker matchmaker) {
        this.tickets = tickets;
        this.matchmaker = matchmaker;
    }

    @Scheduled(fixedDelayString = "${arena.matchmaking.sweep-interval:1s}",
            initialDelayString = "${arena.matchmaking.sweep-interval:1s}")
    public void sweep() {
        List<Pool> pools;
        try {
            pools = tickets.queuedPools();
        } catch (RuntimeException e) {
            // A failed pass must not stop the schedule: the next one starts over.
            log.warn("matchmaking sweep could not list the queues; retrying in the next pass", e);
            return;
        }
        for (Pool pool : pools) {
            try {
                matchmaker.form(pool.mode(), pool.region());
            } catch (RuntimeException e) {
                // One pool's failure (rolled back as a whole) must not starve the others.
                log.warn("matchmaking sweep failed for {} {}; retrying in the next pass", pool.mode(), pool.region(), e);
            }
        }
    }
}
