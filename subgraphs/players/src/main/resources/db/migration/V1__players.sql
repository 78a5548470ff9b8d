CREATE TABLE player (
    id            VARCHAR(64)  PRIMARY KEY,
    handle        VARCHAR(20)  NOT NULL,
    handle_lower  VARCHAR(20)  NOT NULL UNIQUE,
    display_name  VARCHAR(40)  NOT NULL,
    region        VARCHAR(8)   NOT NULL,
    rating        INTEGER      NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX player_rating ON player (rating DESC, id);
CREATE INDEX player_region_rating ON player (region, rating DESC, id);
