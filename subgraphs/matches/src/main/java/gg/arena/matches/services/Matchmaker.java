package gg.arena.matches.services;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchStatus;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.domain.Region;
import gg.arena.matches.events.MatchEventsPublisher;
import gg.arena.matches.events.MatchFormed;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.matches.repository.TicketRepository;
import gg.arena.matches.repository.TicketRepository.Pool;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forms LIVE matches from queued tickets of one (mode, region) pool. Two guards keep a ticket
 * out of two matches: a lock per pool inside this process, and row locks on the pool's queued
 * tickets ({@code SELECT ... FOR UPDATE}) across processes sharing one PostgreSQL. Each pass is
 * one transaction: tickets MATCHED with the match id, the match and its participants written
 * together, or nothing.
 */
@Service
public class Matchmaker {

    private final TicketRepository tickets;
    private final MatchRepository matches;
    private final ParticipantRepository participants;
    private final RatingBand band;
    private final TransactionTemplate transaction;
    private final MatchEventsPublisher events;
    private final Clock clock;
    private final Map<Pool, ReentrantLock> poolLocks = new ConcurrentHashMap<>();

    public Matchmaker(TicketRepository tickets, MatchRepository matches, ParticipantRepository participants,
            RatingBand band, TransactionTemplate transaction, MatchEventsPublisher events, Clock clock) {
        this.tickets = tickets;
        this.matches = matches;
        this.participants = participants;
        this.band = band;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Forms every match the pool's queued tickets allow now; returns what was formed. */
    public List<MatchFormed> form(GameMode mode, Region region) {
        List<MatchFormed> formed = underPoolLock(mode, region,
                () -> transaction.execute(status -> formInTransaction(mode, region)));
        formed.forEach(events::matchFormed);
        return formed;
    }

    /** Runs {@code work} while no other thread of this process forms or cancels in the pool. */
    public <T> T underPoolLock(GameMode mode, Region region, Supplier<T> work) {
        ReentrantLock lock = poolLocks.computeIfAbsent(new Pool(mode, region), p -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private List<MatchFormed> formInTransaction(GameMode mode, Region region) {
        List<MatchmakingTicket> queued = tickets.lockQueued(mode, region);
        if (queued.size() < mode.players()) {
            return List.of();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<List<MatchmakingTicket>> groups =
                MatchFinder.groups(queued, mode.players(), t -> band.at(t.enqueuedAt(), now));
        List<MatchFormed> formed = new ArrayList<>();
        for (List<MatchmakingTicket> group : groups) {
            formed.add(createMatch(mode, region, group, now));
        }
        return formed;
    }

    private MatchFormed createMatch(GameMode mode, Region region, List<MatchmakingTicket> group, Instant now) {
        Match match = new Match("m-" + UUID.randomUUID(), mode, region, MatchStatus.LIVE, now, null, null);
        Map<String, Integer> teams = TeamBalancer.teams(mode,
                group.stream().map(t -> new TeamBalancer.Rated(t.playerId(), t.rating())).toList());
        List<Participant> lines = teams.entrySet().stream()
                .map(e -> new Participant(match.id(), e.getKey(), e.getValue(), 0, 0, 0))
                .toList();
        matches.insert(match);
        participants.insertAll(lines);
        int changed = tickets.markMatched(group.stream().map(MatchmakingTicket::id).toList(), match.id());
        if (changed != group.size()) {
            // Cannot happen while the rows are locked; if it does, roll the whole pass back.
            throw new IllegalStateException("tickets of " + match.id() + " changed while locked");
        }
        return new MatchFormed(match, lines, List.copyOf(group));
    }
}
