-- Ratings from ended matches. A result is applied at most once: its match id goes into
-- applied_match_result in the same transaction as the rating changes, whichever way it arrived
-- (the bus trigger or the poll of matches' endedMatchesSince). The cursor is the end sequence up to
-- which the poll has read matches' outbox of ended matches.
CREATE TABLE applied_match_result (
    match_id     VARCHAR(64) PRIMARY KEY,
    end_sequence BIGINT      NOT NULL,
    applied_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE match_results_cursor (
    id            INTEGER PRIMARY KEY,
    last_sequence BIGINT  NOT NULL
);
INSERT INTO match_results_cursor (id, last_sequence) VALUES (1, 0);
