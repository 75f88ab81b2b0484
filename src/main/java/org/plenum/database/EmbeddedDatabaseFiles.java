package org.plenum.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of the embedded H2 database: its directory (the data directory, owner only: 700), its files (600) and its
 * password, generated on first start and kept in {@code <name>.password} next to the database (600). A database
 * made by an earlier version (user {@code sa}, empty password) gets a generated password on its first start with
 * this one.
 */
final class EmbeddedDatabaseFiles {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFiles.class);
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path database;
    private final String describedAs;

    /**
     * @param database    the database as H2 names it: the path without {@code .mv.db}
     * @param describedAs how to name its directory in messages (e.g. "the data directory (PLENUM_DATA_DIR)")
     */
    EmbeddedDatabaseFiles(Path database, String describedAs) {
        this.database = database;
        this.describedAs = describedAs;
    }

    Path directory() {
        return database.getParent();
    }

    Path databaseFile() {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    Path passwordFile() {
        return database.resolveSibling(database.getFileName() + ".password");
    }

    private Path pendingPasswordFile() {
        return database.resolveSibling(database.getFileName() + ".password.new");
    }

    /** Creates the directory if need be and checks that this user may write in it and read and write the database. */
    void prepareDirectory() {
        Path directory = directory();
        String user = System.getProperty("user.name");
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new StartupFailure("Cannot use " + describedAs + " " + directory + ": it is a file, not a directory");
        }
        if (!Files.exists(directory)) {
            try {
                Files.createDirectories(directory, ownerOnly(directory, OWNER_DIRECTORY));
            } catch (AccessDeniedException e) {
                throw new StartupFailure("Cannot create " + describedAs + " " + directory + ": permission denied"
                        + " (user " + user + " may not write in " + e.getFile() + ")");
            } catch (IOException e) {
                throw new StartupFailure("Cannot create " + describedAs + " " + directory + ": " + reason(e));
            }
        }
        if (!Files.isWritable(directory) || !Files.isExecutable(directory)) {
            throw new StartupFailure("Cannot use " + describedAs + " " + directory + ": permission denied (user " + user
                    + " may not write in it)");
        }
        Path file = databaseFile();
        if (Files.exists(file) && !(Files.isReadable(file) && Files.isWritable(file))) {
            throw new StartupFailure("Cannot open the database " + file + ": permission denied (user " + user
                    + " may not read and write it)");
        }
        restrict(directory, OWNER_DIRECTORY);
    }

    /** Whether a database file exists already (made by this version or an earlier one). */
    boolean databaseExists() {
        return Files.exists(databaseFile());
    }

    /** The password kept in the data directory, if one was generated already. */
    java.util.Optional<String> keptPassword() {
        return read(passwordFile());
    }

    /**
     * A new password for a new database, kept in the password file; when another process starting at the same time
     * kept one first, that one.
     */
    String newPassword() {
        String password = generate();
        Path pending = writeTemporary(password);
        try {
            // A link fails when the file exists: of two processes starting together, the first one's password is kept.
            Files.createLink(passwordFile(), pending);
        } catch (FileAlreadyExistsException e) {
            // another process was first
        } catch (UnsupportedOperationException | IOException e) {
            try {
                Files.move(pending, passwordFile(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException moveFailure) {
                throw new StartupFailure("Cannot write the database password file " + passwordFile() + ": " + reason(moveFailure));
            }
        } finally {
            deleteQuietly(pending);
        }
        return read(passwordFile()).orElseThrow(() -> new StartupFailure("Cannot read the database password file "
                + passwordFile() + " just written"));
    }

    /** The password a database of an earlier version is being moved to (set down before the database is changed). */
    String pendingPassword() {
        Path pending = pendingPasswordFile();
        return read(pending).orElseGet(() -> {
            String password = generate();
            try {
                Files.writeString(pending, password, StandardCharsets.US_ASCII);
                restrict(pending, OWNER_FILE);
            } catch (IOException e) {
                throw new StartupFailure("Cannot write the database password file " + pending + ": " + reason(e));
            }
            return password;
        });
    }

    /** The pending password is now the database's: it becomes the kept one. */
    void keepPendingPassword() {
        try {
            Files.move(pendingPasswordFile(), passwordFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StartupFailure("Cannot write the database password file " + passwordFile() + ": " + reason(e));
        }
    }

    /** Every file directly in the directory that this user owns becomes owner-only (600); the directory 700. */
    void restrictFiles() {
        restrict(directory(), OWNER_DIRECTORY);
        try (Stream<Path> files = Files.list(directory())) {
            files.filter(Files::isRegularFile).forEach(file -> restrict(file, OWNER_FILE));
        } catch (IOException e) {
            log.warn("Cannot list {} to make its files owner-only: {}", directory(), reason(e));
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system (Windows): the directory's ACL applies
        }
        try {
            if (!view.readAttributes().permissions().equals(permissions)) {
                view.setPermissions(permissions);
            }
        } catch (IOException e) {
            log.warn("Cannot make {} accessible to its owner only: {}", path, reason(e));
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path path, Set<PosixFilePermission> permissions) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean posix = existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    private Path writeTemporary(String password) {
        try {
            Path pending = Files.createTempFile(directory(), database.getFileName() + ".password.", ".tmp",
                    ownerOnly(directory(), OWNER_FILE));
            Files.writeString(pending, password, StandardCharsets.US_ASCII);
            return pending;
        } catch (IOException e) {
            throw new StartupFailure("Cannot write a database password file in " + directory() + ": " + reason(e));
        }
    }

    private static java.util.Optional<String> read(Path file) {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        try {
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (password.isEmpty()) {
                throw new StartupFailure("The database password file " + file + " is empty: restore it, or delete it"
                        + " together with the database to start afresh");
            }
            return java.util.Optional.of(password);
        } catch (IOException e) {
            throw new StartupFailure("Cannot read the database password file " + file + ": " + reason(e));
        }
    }

    private static String generate() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Cannot delete {}", file, e);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
