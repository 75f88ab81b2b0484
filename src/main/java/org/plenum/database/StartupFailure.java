package org.plenum.database;

/**
 * The database or the data directory cannot be used: the message says which (path or URL, never a password) and
 * why, in one line. The start stops with exit status 1 (the exception leaves {@code main}; Spring Boot's handler of
 * uncaught exceptions prints nothing for a failure it reported) and that line, without a stack trace. Not an
 * {@code ExitCodeGenerator}: Spring Boot would publish the exit code on the failed context and log that failure.
 */
public class StartupFailure extends RuntimeException {

    public StartupFailure(String message) {
        super(message);
    }
}
