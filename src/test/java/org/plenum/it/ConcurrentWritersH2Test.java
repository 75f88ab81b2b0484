package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded H2 database: the processes share one database file (H2's AUTO_SERVER: the first one to open it
 * serves it to the others). Also checks what the data directory looks like to other users: the server listens on the
 * loopback interface only, the directory is 700, its files 600, and the password is not the empty one.
 */
class ConcurrentWritersH2Test extends ConcurrentWritersTest {

    @TempDir
    Path dataDir;
    private Optional<String> serverSeen = Optional.empty();

    @Override
    List<String> databaseOptions() {
        return List.of("--PLENUM_DATA_DIR=" + dataDir);
    }

    @Override
    Connection connect() throws SQLException {
        return PlenumProcess.connectToEmbedded(dataDir);
    }

    /** While the processes run, the lock file names the server that shares the database: loopback only. */
    @Override
    void whileRunning(List<PlenumProcess> processes) throws Exception {
        Path lockFile = dataDir.resolve("plenum.lock.db");
        while (serverSeen.isEmpty() && processes.stream().anyMatch(PlenumProcess::isAlive)) {
            Optional<String> server = serverIn(lockFile);
            if (server.isPresent()) {
                serverSeen = server;
                String host = server.get().substring(0, server.get().lastIndexOf(':'));
                int port = Integer.parseInt(server.get().substring(server.get().lastIndexOf(':') + 1));
                assertThat(host).isIn("127.0.0.1", "localhost");
                for (InetAddress address : nonLoopbackAddresses()) {
                    assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, port), 2000);
                        }
                    }).as("H2's server on " + address + ":" + port).isInstanceOf(IOException.class);
                }
            }
            Thread.sleep(100);
        }
        assertThat(serverSeen).as("a process served the database to the others").isPresent();
    }

    @AfterEach
    void theDataDirectoryIsTheOwnersOnly() throws IOException, SQLException {
        assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        }
        assertThat(Files.readString(dataDir.resolve("plenum.password")).strip()).hasSize(32);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("plenum"), "sa", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
    }

    private static Optional<String> serverIn(Path lockFile) {
        try (InputStream in = Files.newInputStream(lockFile)) {
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("server"));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not there yet, or being written
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).toList();
    }
}
