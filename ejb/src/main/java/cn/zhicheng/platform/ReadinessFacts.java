package cn.zhicheng.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The facts a readiness probe reports: the database answers, and the schema is at the version this build needs. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessFacts {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/zhicheng")
    private DataSource dataSource;

    @EJB
    private DatabaseMigration migration;

    public boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    public boolean migrationsApplied() {
        try {
            return migration.upToDate();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String schemaVersion() {
        return migration.appliedVersion();
    }
}
