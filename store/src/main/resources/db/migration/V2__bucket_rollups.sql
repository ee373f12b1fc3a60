-- Articles and distinct sources per tool and ISO week (its Monday) or month (its first day): a weekly or
-- monthly timeline of one tool reads one row per bucket. The sink moves them with the per-source counters
-- below them, in the same transaction; sources counts the rows of tool_week_source / tool_month_source.
CREATE TABLE tool_week (
    tool     VARCHAR(128) NOT NULL,
    pub_week DATE         NOT NULL,
    articles INTEGER      NOT NULL,
    sources  INTEGER      NOT NULL,
    PRIMARY KEY (tool, pub_week)
);
-- the weekly trend rules read every tool's weeks of a range
CREATE INDEX tool_week_week ON tool_week (pub_week, tool);

CREATE TABLE tool_month (
    tool      VARCHAR(128) NOT NULL,
    pub_month DATE         NOT NULL,
    articles  INTEGER      NOT NULL,
    sources   INTEGER      NOT NULL,
    PRIMARY KEY (tool, pub_month)
);

INSERT INTO tool_week (tool, pub_week, articles, sources)
    SELECT tool, pub_week, SUM(articles), COUNT(*) FROM tool_week_source GROUP BY tool, pub_week;

INSERT INTO tool_month (tool, pub_month, articles, sources)
    SELECT tool, pub_month, SUM(articles), COUNT(*) FROM tool_month_source GROUP BY tool, pub_month;
