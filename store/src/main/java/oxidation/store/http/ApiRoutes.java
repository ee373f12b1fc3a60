package oxidation.store.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.query.ArticleQueries;
import oxidation.store.query.Bucket;
import oxidation.store.query.Cursor;
import oxidation.store.query.FeedQueries;
import oxidation.store.query.TimelineQuery;
import oxidation.store.query.ToolQueries;

/** The handlers: read and check parameters, ask a query, answer. */
final class ApiRoutes {

    private static final Map<String, Integer> WINDOWS = Map.of("7d", 7, "30d", 30, "90d", 90);
    private static final String CSV = "text/csv";

    private final ApiServices services;
    private final ToolCatalog catalog;
    private final ToolQueries tools;
    private final TimelineQuery timeline;
    private final ArticleQueries articles;
    private final FeedQueries feeds;
    private final byte[] openapi;

    ApiRoutes(ApiServices services) {
        this.services = services;
        this.catalog = services.catalog();
        this.tools = new ToolQueries(services.db(), catalog);
        this.timeline = new TimelineQuery(services.db(), catalog);
        this.articles = new ArticleQueries(services.db());
        this.feeds = new FeedQueries(services.db());
        this.openapi = resource("/openapi.json");
    }

    void register(Javalin app) {
        app.get("/api/tools", ctx -> ctx.json(tools.tools()));
        app.get("/api/timeline", this::timeline);
        app.get("/api/leaderboard", this::leaderboard);
        app.get("/api/tools/{id}/comentions", ctx -> ctx.json(tools.comentions(tool(ctx),
                Params.date(ctx, "from"), Params.date(ctx, "to"))));
        app.get("/api/tools/{id}/articles", this::toolArticles);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/releases", ctx -> ctx.json(feeds.releases(knownTools(ctx, "tool"), Params.date(ctx, "from"),
                Params.date(ctx, "to"))));
        app.get("/api/events", this::events);
        app.get("/api/sources", ctx -> ctx.json(feeds.sources(LocalDate.now(services.clock()))));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        app.get("/health", ctx -> ctx.json(Map.of("status", "up")));
        app.get("/ready", this::ready);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(services.meters().scrape()));
    }

    private void timeline(Context ctx) throws SQLException {
        List<String> toolIds = knownTools(ctx, "tool");
        List<String> categories = Params.list(ctx, "category");
        for (String category : categories) {
            if (catalog.category(category).isEmpty()) {
                throw ApiException.notFound("category", "no category '" + category + "' in the catalog");
            }
        }
        Bucket bucket = Bucket.valueOf(Params.choice(ctx, "bucket", "week", "day", "week", "month")
                .toUpperCase(java.util.Locale.ROOT));
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        checkRange(from, to);
        boolean share = Params.choice(ctx, "normalize", "count", "count", "share").equals("share");
        String format = Params.choice(ctx, "format", null, "json", "csv");
        TimelineQuery.Timeline answer;
        try {
            answer = timeline.run(new TimelineQuery.Request(toolIds, categories, bucket, from, to, share));
        } catch (IllegalArgumentException e) {
            throw Params.badRequest("bucket", e.getMessage());
        }
        String accept = ctx.header("Accept");
        if ("csv".equals(format) || (format == null && accept != null && accept.contains(CSV))) {
            ctx.contentType(CSV + "; charset=utf-8").result(Csv.timeline(answer));
        } else {
            ctx.json(answer);
        }
    }

    private void leaderboard(Context ctx) throws SQLException {
        String window = Params.choice(ctx, "window", "30d", "7d", "30d", "90d");
        LocalDate to = Params.date(ctx, "to");
        ctx.json(tools.leaderboard(window, WINDOWS.get(window), to != null ? to : LocalDate.now(services.clock())));
    }

    private void toolArticles(Context ctx) throws SQLException {
        String tool = tool(ctx);
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        checkRange(from, to);
        int limit = Params.integer(ctx, "limit", 1, 500, 50);
        String cursorText = Params.text(ctx, "cursor");
        Cursor cursor;
        try {
            cursor = cursorText == null ? null : Cursor.parse(cursorText);
        } catch (IllegalArgumentException e) {
            throw Params.badRequest("cursor", e.getMessage());
        }
        ctx.json(articles.page(tool, from, to, limit, cursor));
    }

    private void article(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        if (id.length() > 64) {
            throw ApiException.notFound("id", "no article with this id");
        }
        ctx.json(articles.article(id).orElseThrow(() -> ApiException.notFound("id", "no article '" + id + "'")));
    }

    private void events(Context ctx) throws SQLException {
        Instant since = Params.instant(ctx, "since");
        String tool = Params.text(ctx, "tool");
        if (tool != null && catalog.tool(tool).isEmpty()) {
            throw ApiException.notFound("tool", "no tool '" + tool + "' in the catalog");
        }
        int limit = Params.integer(ctx, "limit", 1, 1000, 100);
        ctx.json(feeds.events(since != null ? since : Instant.parse("1970-01-01T00:00:00Z"), tool, limit));
    }

    private void ready(Context ctx) {
        boolean ready = services.db().ping() && services.ready().getAsBoolean();
        ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .json(ready ? Map.of("status", "ready") : Map.of("status", "not-ready",
                        "reason", "the database does not answer or the sink does not run"));
    }

    private String tool(Context ctx) {
        String id = ctx.pathParam("id");
        if (catalog.tool(id).isEmpty()) {
            throw ApiException.notFound("id", "no tool '" + id + "' in the catalog");
        }
        return id;
    }

    private List<String> knownTools(Context ctx, String name) {
        List<String> ids = Params.list(ctx, name);
        for (String id : ids) {
            if (catalog.tool(id).isEmpty()) {
                throw ApiException.notFound(name, "no tool '" + id + "' in the catalog");
            }
        }
        return ids;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw Params.badRequest("from", "'from' must not be after 'to'");
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
