-- Matches, their participants and the matchmaking queue.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL 15: no partial indexes, no enums.

CREATE TABLE matches (
    id           VARCHAR(64) PRIMARY KEY,
    mode         VARCHAR(20) NOT NULL,
    region       VARCHAR(8)  NOT NULL,
    status       VARCHAR(12) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    winning_team INTEGER
);
-- liveMatches: status (+ region), newest first.
CREATE INDEX matches_status_started ON matches (status, started_at DESC, id DESC);
CREATE INDEX matches_status_region_started ON matches (status, region, started_at DESC, id DESC);

CREATE TABLE match_participant (
    match_id  VARCHAR(64) NOT NULL REFERENCES matches (id),
    player_id VARCHAR(64) NOT NULL,
    team      INTEGER     NOT NULL,
    score     INTEGER     NOT NULL,
    kills     INTEGER     NOT NULL,
    deaths    INTEGER     NOT NULL,
    PRIMARY KEY (match_id, player_id)
);
-- Player.matchHistory and Player.stats start from the player.
CREATE INDEX match_participant_player ON match_participant (player_id, match_id);

CREATE TABLE matchmaking_ticket (
    id            VARCHAR(64) PRIMARY KEY,
    player_id     VARCHAR(64) NOT NULL,
    mode          VARCHAR(20) NOT NULL,
    region        VARCHAR(8)  NOT NULL,
    rating        INTEGER     NOT NULL,
    status        VARCHAR(12) NOT NULL,
    enqueued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    match_id      VARCHAR(64) REFERENCES matches (id),
    -- player_id while QUEUED, NULL otherwise: the unique constraint allows one queued
    -- ticket per player even with several instances racing (NULLs never collide).
    queued_player VARCHAR(64) UNIQUE
);
CREATE INDEX matchmaking_ticket_queue ON matchmaking_ticket (status, mode, region, enqueued_at);
CREATE INDEX matchmaking_ticket_player ON matchmaking_ticket (player_id);
