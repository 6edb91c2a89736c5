package org.nura.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.nura.platform.control.HealthCheck;
import org.nura.platform.control.HealthCheck.Result;
import redis.clients.jedis.RedisClient;

/** Checks every dependency truthfully: PostgreSQL down is down; Redis, JMS or a contributed check down is degraded. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthChecks {

    static final String VERSION = HealthChecks.class.getPackage().getImplementationVersion() == null
            ? "dev" : HealthChecks.class.getPackage().getImplementationVersion();

    @Inject
    DataSource dataSource;

    @Inject
    RedisClient redis;

    /** The checks other components contribute (the LLM's, from the AI component). */
    @Inject
    @Any
    Instance<HealthCheck> contributed;

    public HealthReport check() {
        Map<String, Result> checks = new LinkedHashMap<>();
        checks.put("database", timed(this::pingDatabase));
        checks.put("redis", timed(() -> redis.ping()));
        checks.put("jms", timed(this::pingBroker));
        contributed.forEach(c -> checks.put(c.name(), c.check()));
        String status = "ok";
        if (!"ok".equals(checks.get("database").status())) {
            status = "down";
        } else if (checks.values().stream().anyMatch(c -> "down".equals(c.status()))) {
            status = "degraded";
        }
        return new HealthReport(status, VERSION, null, OffsetDateTime.now(), checks);
    }

    /**
     * Whether this node can serve customers: the database answers and every check the components declare necessary
     * (the on-box model) is ok. Redis, the broker and the LLM only degrade it, so they do not hold readiness down.
     */
    public Readiness ready() {
        List<Readiness.Check> checks = new ArrayList<>();
        checks.add(new Readiness.Check("database", upOrDown(timed(this::pingDatabase))));
        for (HealthCheck check : contributed) {
            if (check.neededForReadiness()) {
                checks.add(new Readiness.Check(check.name(), upOrDown(check.check())));
            }
        }
        return Readiness.of(checks);
    }

    private static String upOrDown(Result result) {
        return "ok".equals(result.status()) ? "UP" : "DOWN";
    }

    private Object pingDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            return s.execute("SELECT 1");
        }
    }

    private Object pingBroker() throws Exception {
        ConnectionFactory factory = (ConnectionFactory) new InitialContext()
                .lookup("java:comp/DefaultJMSConnectionFactory");
        try (JMSContext context = factory.createContext()) {
            return context.getClientID();
        }
    }

    private static Result timed(Callable<?> probe) {
        long start = System.nanoTime();
        try {
            probe.call();
            return new Result("ok", (System.nanoTime() - start) / 1_000_000, null);
        } catch (Exception | LinkageError e) {
            return new Result("down", (System.nanoTime() - start) / 1_000_000, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
