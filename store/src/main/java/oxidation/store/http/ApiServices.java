package oxidation.store.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Database;

/**
 * What the API answers from.
 *
 * @param ready whether the store is ready (database answers, sink runs), for {@code /ready}
 * @param clock what "today" is, for default windows
 */
public record ApiServices(Database db, ToolCatalog catalog, PrometheusMeterRegistry meters, BooleanSupplier ready,
        Clock clock) {

    public ApiServices {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(clock, "clock");
    }
}
