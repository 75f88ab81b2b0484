package org.plenum.registry.internal.catalogue;

/** The field catalogue resource is broken; the message names the field and the problem. */
public class InvalidCatalogueException extends RuntimeException {
    public InvalidCatalogueException(String message) {
        super("field catalogue: " + message);
    }
}
