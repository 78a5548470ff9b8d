package gg.arena.social.services;

import gg.arena.social.domain.FriendRequest;
import gg.arena.social.domain.FriendRequestStatus;
import gg.arena.social.domain.Player;
import gg.arena.social.events.SocialEventsPublisher;
import gg.arena.social.repository.FriendRequestRepository;
import gg.arena.social.repository.FriendshipRepository;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.errors.ConflictException;
import gg.arena.subgraph.errors.ForbiddenException;
import gg.arena.subgraph.errors.InvalidInputException;
import gg.arena.subgraph.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Friend requests and the friendships they create. Every check runs before anything is
 * written, and each action is one transaction, so a failed action leaves no trace (not even
 * the acting player being remembered). Events are published only after the commit.
 */
@Service
public class FriendService {

    private final PlayerDirectory directory;
    private final FriendshipRepository friendships;
    private final FriendRequestRepository requests;
    private final SocialEventsPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public FriendService(PlayerDirectory directory, FriendshipRepository friendships, FriendRequestRepository requests,
            SocialEventsPublisher events, TransactionTemplate tx, Clock clock) {
        this.directory = directory;
        this.friendships = friendships;
        this.requests = requests;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Asks {@code toPlayerId} to be friends. When that player has already asked {@code me},
     * sending a request back accepts theirs: both want the friendship, so it is created and
     * their request is returned, ACCEPTED.
     */
    public FriendRequest send(PlayerPrincipal signedIn, String toPlayerId) {
        PlayerPrincipal me = PlayerDirectory.actor(signedIn);
        FriendRequest result = tx.execute(status -> {
            if (me.playerId().equals(toPlayerId)) {
                throw new InvalidInputException("CANNOT_BEFRIEND_SELF", "You cannot send a friend request to yourself.");
            }
            if (!directory.knows(toPlayerId)) {
                throw new NotFoundException("PLAYER_NOT_FOUND", "There is no player with id " + Quote.of(toPlayerId) + ".");
            }
            if (friendships.areFriends(me.playerId(), toPlayerId)) {
                throw new ConflictException("ALREADY_FRIENDS", "You and " + toPlayerId + " are already friends.");
            }
            Instant now = clock.instant();
            Optional<FriendRequest> pending = requests.findPendingBetween(me.playerId(), toPlayerId);
            if (pending.isPresent()) {
                FriendRequest existing = pending.get();
                if (existing.from().id().equals(me.playerId())) {
                    throw requestPending(existing);
                }
                directory.remember(me, now);
                return acceptPending(existing, now);
            }
            directory.remember(me, now);
            FriendRequest created = new FriendRequest("fr-" + UUID.randomUUID(),
                    Player.withHandle(me.playerId(), me.handle()), Player.ref(toPlayerId),
                    FriendRequestStatus.PENDING, now);
            try {
                requests.insertPending(created);
            } catch (DuplicateKeyException raced) {
                // Another request for this pair was stored between our check and our insert.
                throw new ConflictException("REQUEST_PENDING",
                        "A friend request between you and " + toPlayerId + " is already pending.");
            }
            return requests.findById(created.id()).orElse(created);
        });
        events.friendRequestChanged(result);
        return result;
    }

    /** Accepts a pending request addressed to {@code me}; the two become friends. */
    public FriendRequest accept(PlayerPrincipal signedIn, String requestId) {
        PlayerPrincipal me = PlayerDirectory.actor(signedIn);
        FriendRequest result = tx.execute(status -> {
            FriendRequest request = pendingAddressedTo(me, requestId);
            Instant now = clock.instant();
            directory.remember(me, now);
            return acceptPending(request, now);
        });
        events.friendRequestChanged(result);
        return result;
    }

    /** Declines a pending request addressed to {@code me}. */
    public FriendRequest decline(PlayerPrincipal signedIn, String requestId) {
        PlayerPrincipal me = PlayerDirectory.actor(signedIn);
        FriendRequest result = tx.execute(status -> {
            FriendRequest request = pendingAddressedTo(me, requestId);
            Instant now = clock.instant();
            directory.remember(me, now);
            if (!requests.answer(request.id(), FriendRequestStatus.DECLINED, now)) {
                throw notPending(request);
            }
            return request.withStatus(FriendRequestStatus.DECLINED);
        });
        events.friendRequestChanged(result);
        return result;
    }

    /** Pending requests sent by or to the player, newest first. */
    public List<FriendRequest> pendingInvolving(String playerId) {
        return requests.findPendingInvolving(playerId);
    }

    private FriendRequest pendingAddressedTo(PlayerPrincipal me, String requestId) {
        Optional<FriendRequest> found =
                PlayerDirectory.plausibleId(requestId) ? requests.findById(requestId) : Optional.empty();
        FriendRequest request = found.orElseThrow(() -> new NotFoundException("REQUEST_NOT_FOUND",
                "There is no friend request with id " + Quote.of(requestId) + "."));
        if (!request.to().id().equals(me.playerId())) {
            throw new ForbiddenException("FORBIDDEN", "Only the player a friend request was sent to can answer it.");
        }
        if (request.status() != FriendRequestStatus.PENDING) {
            throw notPending(request);
        }
        return request;
    }

    private FriendRequest acceptPending(FriendRequest request, Instant now) {
        // The conditional update makes one of two concurrent answers lose cleanly.
        if (!requests.answer(request.id(), FriendRequestStatus.ACCEPTED, now)) {
            throw notPending(request);
        }
        if (!friendships.areFriends(request.from().id(), request.to().id())) {
            friendships.befriend(request.from().id(), request.to().id(), now);
        }
        return request.withStatus(FriendRequestStatus.ACCEPTED);
    }

    private static ConflictException requestPending(FriendRequest existing) {
        return new ConflictException("REQUEST_PENDING",
                "You already asked " + existing.to().id() + " (request " + existing.id() + "); wait for an answer.");
    }

    private static ConflictException notPending(FriendRequest request) {
        return new ConflictException("REQUEST_NOT_PENDING",
                "The friend request " + request.id() + " was already answered.");
    }
}
