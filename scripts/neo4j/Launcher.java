import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A local Neo4j Community server for development and CI, started from the jars Maven fetched
 * (no Docker, no Neo4j installation). It serves Bolt only, without authentication, so it must
 * listen on loopback alone. The shutdown hook turns SIGTERM into a clean shutdown, so the
 * store is never left needing recovery.
 *
 * Usage: java -cp '.neo4j/lib/*:.neo4j/classes' Launcher <homeDir> [host:port]
 */
public final class Launcher {
    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;
    private static final long TX_MEMORY_BYTES = 256L * 1024 * 1024;
    private static final long TX_LOG_FILE_BYTES = 64L * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Launcher <homeDir> [host:port]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String address = args.length > 1 ? args[1] : "127.0.0.1:7687";
        int colon = address.lastIndexOf(':');
        String host = colon > 0 ? address.substring(0, colon) : "127.0.0.1";
        int port = Integer.parseInt(colon >= 0 ? address.substring(colon + 1) : address);
        Files.createDirectories(home);

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, TX_MEMORY_BYTES)
                // Keep two transaction log files of 64 MB, not two days of them: benchmarks fill
                // and wipe stores of a million nodes, and the logs of a day of that fill a disk.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, TX_LOG_FILE_BYTES)
                // Tests wipe and refill the store all the time; replanning every statement as the
                // counts swing costs more than it saves (plans here are unique-index seeks).
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(10))
                // A test server: no usage reports, and no grace periods when it is stopped.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[launcher] shutting down");
            try {
                dbms.shutdown();
            } finally {
                System.out.println("[launcher] stopped");
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        // Touch the default database so a broken store fails here, not on the first query.
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[launcher] Neo4j ready on bolt://" + host + ":" + port + " (home " + home + ", " + ms + " ms)");
        stopped.await();
    }
}
