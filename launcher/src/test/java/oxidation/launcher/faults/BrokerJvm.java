package oxidation.launcher.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;

/**
 * The broker in its own JVM ({@code oxidation broker}) on fixed ports and a data folder, so a hard kill
 * followed by a start finds the same log and the clients find the same address.
 */
final class BrokerJvm implements AutoCloseable {

    private final int port = freePort();
    private final ServiceJvm jvm;

    BrokerJvm(Path data, Path logDir) {
        this.jvm = new ServiceJvm("broker", List.of("broker", "--port", String.valueOf(port), "--controller-port",
                String.valueOf(freePort()), "--data", data.toString()), Map.of(), logDir);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the JVM and returns once the broker answers an admin request. */
    void start(Duration timeout) {
        jvm.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Admin admin = admin(Duration.ofSeconds(5))) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (!jvm.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not come up within " + timeout + ":\n" + jvm.tail(40), e);
                }
            }
        }
    }

    void kill() {
        jvm.kill();
    }

    boolean isAlive() {
        return jvm.isAlive();
    }

    /**
     * Removes every member of a consumer group, as an operator would after a crash: the killed member's
     * session would otherwise hold its partitions until the session timeout (45 s) runs out.
     */
    void evictMembers(String group) {
        try (Admin admin = admin(Duration.ofSeconds(10))) {
            admin.removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions()).all()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // an empty or unknown group has no member to remove
        }
    }

    Admin admin(Duration timeout) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return Admin.create(p);
    }

    String tail(int lines) {
        return jvm.tail(lines);
    }

    @Override
    public void close() {
        jvm.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
