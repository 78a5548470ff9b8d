package gg.arena.players.services;

import gg.arena.players.domain.AuthPayload;
import gg.arena.players.domain.Player;
import gg.arena.players.domain.RegisterPlayerInput;
import gg.arena.players.errors.InvalidCredentialsException;
import gg.arena.players.repository.PlayerRepository;
import gg.arena.players.repository.PlayerRow;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.errors.ConflictException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Registration and login: both end in a signed-in session. */
@Service
public class Accounts {

    /** Rating of a newly registered player. */
    public static final int STARTING_RATING = 1200;

    private final PlayerRepository players;
    private final PasswordHasher hasher;
    private final BearerTokens tokens;
    private final Clock clock;

    public Accounts(PlayerRepository players, PasswordHasher hasher, BearerTokens tokens, Clock clock) {
        this.players = players;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Creates the player and signs it in. Handle uniqueness is left to the unique index on
     * {@code handle_lower} rather than checked first: a check-then-insert would let two
     * concurrent registrations of one handle both pass the check.
     */
    public AuthPayload register(RegisterPlayerInput input) {
        RegistrationRules.Accepted accepted = RegistrationRules.check(input);
        PlayerRow row = new PlayerRow(
                "p-" + UUID.randomUUID(),
                accepted.handle(),
                RegistrationRules.lower(accepted.handle()),
                accepted.displayName(),
                input.region().name(),
                STARTING_RATING,
                accepted.email(),
                hasher.hash(accepted.password()),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            players.insert(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("HANDLE_TAKEN",
                    "The handle '" + accepted.handle() + "' is taken (handles are compared case-insensitively).");
        }
        return signIn(row.toPlayer());
    }

    /** Signs a player in; an unknown handle still costs one bcrypt check so timing does not tell it apart. */
    public AuthPayload login(String handle, String password) {
        Optional<PlayerRow> row = players.findByHandleLower(RegistrationRules.lower(handle));
        if (row.isEmpty()) {
            hasher.burnOneCheck(password);
            throw new InvalidCredentialsException();
        }
        if (!hasher.matches(password, row.get().passwordHash())) {
            throw new InvalidCredentialsException();
        }
        return signIn(row.get().toPlayer());
    }

    private AuthPayload signIn(Player player) {
        BearerTokens.Issued issued = tokens.issue(
                new PlayerPrincipal(player.id(), player.handle(), player.region().name(), player.rating()));
        return new AuthPayload(issued.token(), issued.expiresAt(), player);
    }
}
