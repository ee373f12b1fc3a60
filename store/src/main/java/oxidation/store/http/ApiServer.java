package oxidation.store.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import oxidation.events.JsonCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's HTTP server: the JSON API under {@code /api}, {@code /openapi.json}, {@code /health},
 * {@code /ready}, {@code /metrics}, and the page from the classpath folder {@code /web} at {@code /}.
 * Errors are JSON {@code {"error", "parameter"}}; a failure inside is logged and answered with a 500 that
 * names nothing of the database.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts a server on the port (0 for any free one) of every interface. */
    public static ApiServer start(int port, ApiServices services) {
        ObjectMapper mapper = JsonCodec.mapper().copy().setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.defaultContentType = "application/json";
            if (ApiServer.class.getResource("/web") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                });
            }
            if (ApiServer.class.getResource("/META-INF/resources/webjars") != null) {
                config.staticFiles.enableWebjars();
            }
            config.requestLogger.http((ctx, ms) -> Timer.builder("oxidation.store.http.requests")
                    .tag("route", ctx.handlerType() == HandlerType.BEFORE ? "static" : ctx.endpointHandlerPath())
                    .tag("status", Integer.toString(ctx.statusCode()))
                    .register(services.meters()).record(Duration.ofNanos((long) (ms * 1_000_000))));
        });
        new ApiRoutes(services).register(app);
        errors(app);
        app.start(port);
        LOG.info("store API listening on port {}", app.port());
        return new ApiServer(app);
    }

    private static void errors(Javalin app) {
        app.before(ctx -> {
            if (!RawPath.wellEncoded(ctx.req().getRequestURI())) {
                throw ApiException.badRequest(null, "the path holds a '%' that is not followed by two hex digits");
            }
        });
        app.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(new ApiError(e.getMessage(),
                e.parameter())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ApiError("internal error", null));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.path().startsWith("/api/") && isEmpty(ctx)) {
                ctx.json(new ApiError("no such endpoint: " + ctx.path(), null));
            }
        });
    }

    private static boolean isEmpty(Context ctx) {
        String result = ctx.result();
        return result == null || result.isEmpty() || !result.startsWith("{\"error\"");
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
