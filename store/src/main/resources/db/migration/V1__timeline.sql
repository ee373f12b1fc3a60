-- The timeline store. Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

-- Every article of articles.tagged, tagged or not: the denominator of shares.
CREATE TABLE article (
    id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    url                VARCHAR(4096) NOT NULL,
    title              VARCHAR(4096) NOT NULL,
    source             VARCHAR(512)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    author             VARCHAR(1024),
    published          TIMESTAMP WITH TIME ZONE NOT NULL,
    fetched            TIMESTAMP WITH TIME ZONE NOT NULL,
    pub_day    DATE          NOT NULL,
    summary            VARCHAR(65536),
    catalog            VARCHAR(128)  NOT NULL,
    rust_in_python     BOOLEAN       NOT NULL,
    relevance          DOUBLE PRECISION NOT NULL,
    release_tool       VARCHAR(128),
    release_version    VARCHAR(256),
    release_prerelease BOOLEAN,
    tagged             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_source_day ON article (source, pub_day);

-- One row per tool an article mentions; its day, source and publication time are copied from the article so the
-- timeline and drill-down read one index.
CREATE TABLE article_tag (
    article    VARCHAR(64)  NOT NULL,
    tool       VARCHAR(128) NOT NULL,
    pub_day    DATE         NOT NULL,
    source     VARCHAR(512) NOT NULL,
    published  TIMESTAMP WITH TIME ZONE NOT NULL,
    mentions   INTEGER      NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    rule       VARCHAR(256),
    evidence   VARCHAR(65536) NOT NULL,
    PRIMARY KEY (article, tool)
);
CREATE INDEX article_tag_tool_day ON article_tag (tool, pub_day, source);
CREATE INDEX article_tag_tool_published ON article_tag (tool, published DESC, article DESC);

-- Counters kept in the same transaction as the rows they count.
CREATE TABLE day_total (
    pub_day    DATE    NOT NULL PRIMARY KEY,
    articles INTEGER NOT NULL
);

CREATE TABLE tool_day (
    tool     VARCHAR(128) NOT NULL,
    pub_day    DATE         NOT NULL,
    articles INTEGER      NOT NULL,
    PRIMARY KEY (tool, pub_day)
);
CREATE INDEX tool_day_day ON tool_day (pub_day, tool);

-- Articles per tool, ISO week (its Monday) or month (its first day), and source: a weekly or monthly timeline
-- reads its counts and distinct sources from these without touching the articles.
CREATE TABLE tool_week_source (
    tool     VARCHAR(128) NOT NULL,
    pub_week DATE         NOT NULL,
    source   VARCHAR(512) NOT NULL,
    articles INTEGER      NOT NULL,
    PRIMARY KEY (tool, pub_week, source)
);

CREATE TABLE tool_month_source (
    tool      VARCHAR(128) NOT NULL,
    pub_month DATE         NOT NULL,
    source    VARCHAR(512) NOT NULL,
    articles  INTEGER      NOT NULL,
    PRIMARY KEY (tool, pub_month, source)
);

CREATE TABLE tool_release (
    article    VARCHAR(64)  NOT NULL PRIMARY KEY,
    tool       VARCHAR(128) NOT NULL,
    version    VARCHAR(256) NOT NULL,
    pub_day    DATE         NOT NULL,
    prerelease BOOLEAN      NOT NULL
);
CREATE INDEX tool_release_tool_day ON tool_release (tool, pub_day);

-- The newest status of each source (sources.status) and its health per day.
CREATE TABLE source_status (
    id                   VARCHAR(512) NOT NULL PRIMARY KEY,
    url                  VARCHAR(4096),
    healthy              BOOLEAN      NOT NULL,
    last_attempt         TIMESTAMP WITH TIME ZONE,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    last_error           VARCHAR(4096),
    consecutive_failures INTEGER      NOT NULL,
    entries_seen         BIGINT       NOT NULL
);

CREATE TABLE source_day (
    source   VARCHAR(512) NOT NULL,
    pub_day    DATE         NOT NULL,
    reports  INTEGER      DEFAULT 0 NOT NULL,
    failures INTEGER      DEFAULT 0 NOT NULL,
    PRIMARY KEY (source, pub_day)
);
CREATE INDEX source_day_day ON source_day (pub_day);

-- Trend events, written in the transaction that caused them and published to trend.events after it.
CREATE TABLE trend_event (
    id          VARCHAR(256) NOT NULL PRIMARY KEY,
    tool        VARCHAR(128) NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    summary     VARCHAR(4096) NOT NULL,
    explanation VARCHAR(65536) NOT NULL,
    articles    VARCHAR(65536) NOT NULL,
    emitted     TIMESTAMP WITH TIME ZONE NOT NULL,
    published   BOOLEAN      NOT NULL
);
CREATE INDEX trend_event_at ON trend_event (at);
CREATE INDEX trend_event_tool_type ON trend_event (tool, type, at);

-- Where the sink resumes: the next offset per partition, committed with the rows.
CREATE TABLE consumer_offset (
    group_id    VARCHAR(256) NOT NULL,
    topic       VARCHAR(256) NOT NULL,
    partition_no INTEGER     NOT NULL,
    next_offset BIGINT       NOT NULL,
    PRIMARY KEY (group_id, topic, partition_no)
);
