package org.plenum.database;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JDBC URL as Plenum uses it: the embedded H2 database in a file, H2 in memory or over the network, or PostgreSQL.
 * Refuses what is none of them, so a mistyped or empty {@code PLENUM_DB_URL} stops the start instead of silently
 * running on something else.
 */
record DatabaseUrl(String url, Kind kind, Optional<Path> h2File) {

    enum Kind { H2_FILE, H2_MEMORY, H2_REMOTE, POSTGRESQL }

    private static final Pattern SECRET = Pattern.compile("(?i)(password|sslpassword)=[^&;]*");
    private static final Pattern POSTGRESQL = Pattern.compile("jdbc:postgresql://[^/?#\\s]*/[^?#\\s]*(\\?\\S*)?"
            + "|jdbc:postgresql:[^/?#\\s][^?#\\s]*(\\?\\S*)?");

    /**
     * @param setting the name of the setting the URL came from, for the message
     * @throws StartupFailure when the URL is empty or not one Plenum can use
     */
    static DatabaseUrl parse(String url, String setting) {
        if (url == null || url.isBlank()) {
            throw new StartupFailure(setting + " is empty: give a JDBC URL such as jdbc:postgresql://host:5432/plenum, or"
                    + " leave it unset for the embedded database in PLENUM_DATA_DIR");
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            if (!POSTGRESQL.matcher(trimmed).matches()) {
                throw new StartupFailure(setting + " '" + redact(trimmed) + "' is not a valid PostgreSQL URL: expected"
                        + " jdbc:postgresql://host[:port]/database");
            }
            return new DatabaseUrl(trimmed, Kind.POSTGRESQL, Optional.empty());
        }
        if (lower.startsWith("jdbc:h2:")) {
            String rest = trimmed.substring("jdbc:h2:".length());
            String name = rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest;
            String nameLower = name.toLowerCase(Locale.ROOT);
            if (nameLower.startsWith("mem:")) {
                return new DatabaseUrl(trimmed, Kind.H2_MEMORY, Optional.empty());
            }
            if (nameLower.startsWith("tcp:") || nameLower.startsWith("ssl:")) {
                return new DatabaseUrl(trimmed, Kind.H2_REMOTE, Optional.empty());
            }
            if (nameLower.startsWith("file:")) {
                name = name.substring("file:".length());
            }
            if (name.isBlank()) {
                throw new StartupFailure(setting + " '" + redact(trimmed) + "' names no database file: expected"
                        + " jdbc:h2:file:/path/to/plenum");
            }
            if (name.startsWith("~")) {
                name = System.getProperty("user.home") + name.substring(1);
            }
            return new DatabaseUrl(trimmed, Kind.H2_FILE, Optional.of(Path.of(name).toAbsolutePath().normalize()));
        }
        throw new StartupFailure(setting + " '" + redact(trimmed) + "' is not a database URL Plenum can use: expected"
                + " jdbc:postgresql://host[:port]/database or jdbc:h2:file:/path/to/plenum");
    }

    /** The URL without any password it carries, for messages. */
    String redacted() {
        return redact(url);
    }

    static String redact(String url) {
        return SECRET.matcher(url).replaceAll("$1=***");
    }
}
