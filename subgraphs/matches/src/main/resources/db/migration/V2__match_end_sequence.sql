-- The outbox of ended matches: each result the tick server reports gets the next end sequence in
-- the transaction that stores it. The counter row is locked by that UPDATE until the commit, so
-- results become visible in sequence order and a reader paging with "after <sequence>" never
-- skips one that commits late. Seeded demo matches have no end sequence (they are not news).
ALTER TABLE matches ADD COLUMN end_sequence BIGINT;
CREATE UNIQUE INDEX matches_end_sequence ON matches (end_sequence);

CREATE TABLE match_end_counter (
    id            INTEGER PRIMARY KEY,
    last_sequence BIGINT  NOT NULL
);
INSERT INTO match_end_counter (id, last_sequence) VALUES (1, 0);
