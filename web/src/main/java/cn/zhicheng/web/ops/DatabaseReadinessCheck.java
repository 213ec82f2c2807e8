package cn.zhicheng.web.ops;

import cn.zhicheng.platform.ReadinessFacts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when PostgreSQL answers and every migration of this build is applied (GET /health/ready). */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @EJB
    private ReadinessFacts facts;

    @Override
    public HealthCheckResponse call() {
        boolean reachable = facts.databaseReachable();
        boolean migrated = reachable && facts.migrationsApplied();
        return HealthCheckResponse.named("zhicheng-database")
                .status(reachable && migrated)
                .withData("databaseReachable", reachable)
                .withData("migrationsApplied", migrated)
                .withData("schemaVersion", String.valueOf(facts.schemaVersion()))
                .build();
    }
}
