-- The store: catalogue, wallets, inventory and purchases recorded under their idempotency key.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL 15.

CREATE TABLE items (
    sku         VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    category    VARCHAR(16)  NOT NULL,
    rarity      VARCHAR(16)  NOT NULL,
    price       INTEGER      NOT NULL CHECK (price > 0),
    unit_cost   INTEGER      NOT NULL CHECK (unit_cost >= 0)
);
CREATE INDEX items_category_sku ON items (category, sku);

-- A negative balance is impossible by construction (the debit is a conditional UPDATE);
-- the CHECK makes a bug fail loudly instead of minting gems.
CREATE TABLE wallets (
    player_id  VARCHAR(64) PRIMARY KEY,
    balance    INTEGER     NOT NULL CHECK (balance >= 0),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE inventory (
    player_id   VARCHAR(64) NOT NULL,
    sku         VARCHAR(64) NOT NULL REFERENCES items (sku),
    quantity    INTEGER     NOT NULL CHECK (quantity > 0),
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (player_id, sku)
);

-- One row per (player, idempotency key): the request and the result of its first call.
-- The unique constraint is what serialises concurrent calls with the same key.
-- outcome: SUCCESS | INSUFFICIENT_FUNDS | ITEM_NOT_FOUND.
-- total_price: price * quantity (the amount charged, or the amount that was required).
-- balance / wallet_updated_at: the wallet after the purchase, or the balance that fell short.
CREATE TABLE purchases (
    id                VARCHAR(64) PRIMARY KEY,
    player_id         VARCHAR(64) NOT NULL,
    idempotency_key   VARCHAR(64) NOT NULL,
    sku               VARCHAR(64) NOT NULL,
    quantity          INTEGER     NOT NULL,
    outcome           VARCHAR(24) NOT NULL,
    total_price       INTEGER,
    balance           INTEGER,
    wallet_updated_at TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT purchases_player_key UNIQUE (player_id, idempotency_key)
);
