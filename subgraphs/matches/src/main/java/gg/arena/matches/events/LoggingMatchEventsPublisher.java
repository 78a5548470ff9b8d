package gg.arena.matches.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Default {@link MatchEventsPublisher}: nothing subscribes yet, so the events are only logged. */
public final class LoggingMatchEventsPublisher implements MatchEventsPublisher {

    private static final Logger log = LoggerFactory.getLogger(LoggingMatchEventsPublisher.class);

    @Override
    public void matchFormed(MatchFormed event) {
        log.info("match formed: {} {} {} with {} players",
                event.match().id(), event.match().mode(), event.match().region(), event.participants().size());
    }

    @Override
    public void matchEnded(MatchEnded event) {
        log.info("match ended: {} status {} winning team {}",
                event.match().id(), event.match().status(), event.match().winningTeam());
    }
}
