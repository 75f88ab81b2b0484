package org.plenum.registry;

/** Another process held the database's writer lock for too long: nothing was written. */
public class WriterBusyException extends RuntimeException {

    public WriterBusyException(String message) {
        super(message);
    }
}
