package cn.zhicheng.platform;

import cn.zhicheng.org.Unit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Applies the Flyway migrations when the application is deployed, before anything else touches the database.
 * A failing migration aborts the deployment: better no application than one on a half-migrated schema.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/zhicheng")
    private DataSource dataSource;

    private volatile String appliedVersion;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        Flyway flyway = flyway();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        appliedVersion = current == null ? null : current.getVersion().getVersion();
        LOG.info(() -> String.format("event=migration applied=%d schemaVersion=%s ms=%d",
                result.migrationsExecuted, appliedVersion, (System.nanoTime() - start) / 1_000_000));
    }

    private Flyway flyway() {
        // The migrations live in the persistence jar (EAR lib): scan with its class loader.
        return Flyway.configure(Unit.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    @Lock(LockType.READ)
    /** The schema version applied at start-up, for readiness checks. */
    public String appliedVersion() {
        return appliedVersion;
    }

    @Lock(LockType.READ)
    /** True when no known migration is pending in the database now. */
    public boolean upToDate() {
        return flyway().info().pending().length == 0;
    }
}
