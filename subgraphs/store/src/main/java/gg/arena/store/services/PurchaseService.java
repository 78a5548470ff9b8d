package gg.arena.store.services;

import gg.arena.store.domain.InsufficientFunds;
import gg.arena.store.domain.Item;
import gg.arena.store.domain.ItemNotFound;
import gg.arena.store.domain.PurchaseRequest;
import gg.arena.store.domain.PurchaseResult;
import gg.arena.store.domain.PurchaseSuccess;
import gg.arena.store.domain.StoredPurchase;
import gg.arena.store.domain.Wallet;
import gg.arena.store.events.StoreEventsPublisher;
import gg.arena.store.repository.InventoryRepository;
import gg.arena.store.repository.ItemRepository;
import gg.arena.store.repository.PurchaseRepository;
import gg.arena.store.repository.WalletRepository;
import gg.arena.subgraph.errors.ConflictException;
import gg.arena.subgraph.errors.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotent purchases. Each call runs in one transaction that first claims
 * (player, idempotency key) with an insert the unique constraint serialises: a concurrent call
 * with the same key waits on that insert until the first transaction commits, then inserts
 * nothing and reads the stored result instead. Only the claiming transaction debits the wallet
 * (a conditional UPDATE that cannot go below zero), grants the items and records its result,
 * all before it commits, so no reader ever sees a half-done purchase.
 */
@Service
public class PurchaseService {

    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 99;
    public static final int MAX_SKU_LENGTH = 64;
    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_:.\\-]{8,64}");

    /** Attempts per call when the database reports a transient clash (lock wait expired on H2). */
    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(PurchaseService.class);

    private final PurchaseRepository purchases;
    private final ItemRepository items;
    private final WalletRepository wallets;
    private final WalletService walletService;
    private final InventoryRepository inventory;
    private final TransactionTemplate transaction;
    private final StoreEventsPublisher events;
    private final Clock clock;

    public PurchaseService(PurchaseRepository purchases, ItemRepository items, WalletRepository wallets,
            WalletService walletService, InventoryRepository inventory, TransactionTemplate transaction,
            StoreEventsPublisher events, Clock clock) {
        this.purchases = purchases;
        this.items = items;
        this.wallets = wallets;
        this.walletService = walletService;
        this.inventory = inventory;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Buys {@code quantity} of {@code sku} for {@code playerId}, or returns what the first call
     * with this key returned. A purchase that debited the wallet announces the wallet after its
     * commit ({@link StoreEventsPublisher#walletChanged}); a replay announces nothing.
     *
     * @throws InvalidInputException INVALID_QUANTITY, INVALID_IDEMPOTENCY_KEY, INVALID_SKU
     * @throws ConflictException IDEMPOTENCY_KEY_REUSED when the key was used for another sku or quantity
     */
    public PurchaseResult purchase(String playerId, String sku, int quantity, String idempotencyKey) {
        validate(sku, quantity, idempotencyKey);
        PurchaseRequest request = new PurchaseRequest(playerId, idempotencyKey, sku, quantity);
        for (int attempt = 1; ; attempt++) {
            try {
                Attempt done = transaction.execute(status -> purchaseOnce(request));
                if (done.charged() && done.result() instanceof PurchaseSuccess success) {
                    events.walletChanged(success.wallet());
                }
                return done.result();
            } catch (DuplicateKeyException | PessimisticLockingFailureException | StoredResultNotVisible e) {
                // The whole transaction rolled back, so trying again is safe: the next attempt
                // either claims the key or reads the result the winner stored.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("purchase {} clashed with a concurrent call (attempt {}): {}", idempotencyKey, attempt,
                        e.getMessage());
            }
        }
    }

    private static void validate(String sku, int quantity, String idempotencyKey) {
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new InvalidInputException("INVALID_QUANTITY",
                    "'quantity' must be between " + MIN_QUANTITY + " and " + MAX_QUANTITY + ", got " + quantity + ".");
        }
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException("INVALID_IDEMPOTENCY_KEY",
                    "'idempotencyKey' must be 8 to 64 characters of A-Z, a-z, 0-9, '_', ':', '.', '-'.");
        }
        if (sku == null || sku.isBlank() || sku.length() > MAX_SKU_LENGTH) {
            throw new InvalidInputException("INVALID_SKU",
                    "'sku' must be 1 to " + MAX_SKU_LENGTH + " characters.");
        }
    }

    /** What one transaction did: the result, and whether it was this call that claimed the key. */
    private record Attempt(PurchaseResult result, boolean charged) {}

    private Attempt purchaseOnce(PurchaseRequest request) {
        String purchaseId = "pu-" + UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!purchases.claim(purchaseId, request, now)) {
            return new Attempt(replay(request), false);
        }
        PurchaseResult result = items.findBySku(request.sku())
                .map(item -> buy(purchaseId, request, item, now))
                .orElseGet(() -> new ItemNotFound(request.sku()));
        purchases.complete(purchaseId, result);
        return new Attempt(result, true);
    }

    private PurchaseResult buy(String purchaseId, PurchaseRequest request, Item item, Instant now) {
        String playerId = request.playerId();
        int total = Math.multiplyExact(item.price(), request.quantity());
        walletService.ensureWallet(playerId);
        if (!wallets.debitIfCovered(playerId, total, now)) {
            int balance = wallets.find(playerId).map(Wallet::balance).orElse(0);
            return new InsufficientFunds(balance, total);
        }
        // The debit holds the wallet's row lock until commit: purchases of one player serialise here.
        inventory.grant(playerId, item.sku(), request.quantity(), now);
        Wallet after = wallets.find(playerId).orElseThrow();
        return new PurchaseSuccess(purchaseId, item.sku(), request.quantity(), total, after, now);
    }

    private PurchaseResult replay(PurchaseRequest request) {
        StoredPurchase stored = purchases.find(request.playerId(), request.idempotencyKey())
                .orElseThrow(StoredResultNotVisible::new);
        if (stored.result() == null) {
            throw new StoredResultNotVisible();
        }
        if (!stored.request().sameAs(request.sku(), request.quantity())) {
            throw new ConflictException("IDEMPOTENCY_KEY_REUSED",
                    "This idempotency key was already used for " + stored.request().quantity() + " x '"
                            + stored.request().sku() + "'; use a new key for a different purchase.");
        }
        return stored.result();
    }

    /** The key is taken but its row is not visible to this transaction yet; retried. */
    private static final class StoredResultNotVisible extends RuntimeException {
        StoredResultNotVisible() {
            super("the idempotency key is claimed but its result is not visible yet", null, false, false);
        }
    }
}
