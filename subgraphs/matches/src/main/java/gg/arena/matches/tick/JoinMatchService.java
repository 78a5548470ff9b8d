package gg.arena.matches.tick;

import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchStatus;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.matches.repository.ParticipantRepository;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.errors.ConflictException;
import gg.arena.subgraph.errors.ForbiddenException;
import gg.arena.subgraph.errors.InvalidInputException;
import gg.arena.subgraph.errors.NotFoundException;
import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.server.TickServer;
import gg.arena.tick.wire.Wire;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * joinMatch: checks that the player plays in that LIVE match, makes sure the match runs on the tick
 * server, and issues a connect token bound to player and match.
 */
@Service
public class JoinMatchService {

    static final int MAX_ID_LENGTH = 64;

    private final MatchRepository matches;
    private final ParticipantRepository participants;
    private final ConnectTokens tokens;
    private final ObjectProvider<TickServer> server;
    private final TickProperties properties;
    private final Clock clock;

    public JoinMatchService(MatchRepository matches, ParticipantRepository participants, ConnectTokens tokens,
            ObjectProvider<TickServer> server, TickProperties properties, Clock clock) {
        this.matches = matches;
        this.participants = participants;
        this.tokens = tokens;
        this.server = server;
        this.properties = properties;
        this.clock = clock;
    }

    public JoinMatchPayload join(PlayerPrincipal player, String matchId) {
        if (matchId == null || matchId.isBlank() || matchId.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("MATCH_ID_INVALID", "matchId must be 1.." + MAX_ID_LENGTH + " characters.");
        }
        Match match = matches.findAllById(List.of(matchId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("MATCH_NOT_FOUND", "No match '" + matchId + "'."));
        if (match.status() != MatchStatus.LIVE) {
            throw new ConflictException("MATCH_NOT_LIVE",
                    "Match '" + matchId + "' is " + match.status() + ": only a LIVE match can be joined.");
        }
        // Slots in a stable order: by team, then player id.
        List<String> players = participants.findByMatchIds(List.of(matchId)).stream()
                .sorted(Comparator.comparingInt(Participant::team).thenComparing(Participant::playerId))
                .map(Participant::playerId)
                .toList();
        if (!players.contains(player.playerId())) {
            throw new ForbiddenException("NOT_A_PARTICIPANT",
                    "Player '" + player.playerId() + "' does not play in match '" + matchId + "'.");
        }
        TickServer tick = server.getIfAvailable();
        if (tick == null) {
            throw new ConflictException("TICK_UNAVAILABLE", "No real-time server runs in this matches instance.");
        }
        if (players.size() > Wire.MAX_PLAYERS) {
            throw new ConflictException("MATCH_TOO_LARGE", "The real-time server plays at most "
                    + Wire.MAX_PLAYERS + " players.");
        }
        tick.openMatch(matchId, players);
        ConnectToken token = tokens.issue(player.playerId(), matchId, clock.millis());
        return new JoinMatchPayload(properties.publicHost(), tick.port(), token.protocolVersion(), token.toBase64(),
                Instant.ofEpochMilli(token.expiresAtMillis()));
    }
}
