package oxidation.store;

import java.util.UUID;
import oxidation.store.db.Database;

/** Fresh in-memory H2 databases (PostgreSQL mode) with the store's schema, for tests without a server. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database h2InMemory() {
        return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
