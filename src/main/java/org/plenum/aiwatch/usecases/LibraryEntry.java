package org.plenum.aiwatch.usecases;

import java.util.Objects;
import org.plenum.aiwatch.UseCase;

/**
 * A use case as the library stores it: the use case, and its chamber as the source names it ({@code ""} when it
 * names none). The name is kept even when the registry has no chamber of that name, so that it is shown, never lost.
 */
public record LibraryEntry(UseCase useCase, String chamberAsNamed) {

    public LibraryEntry {
        Objects.requireNonNull(useCase, "useCase");
        Objects.requireNonNull(chamberAsNamed, "chamberAsNamed");
    }

    public String id() {
        return useCase.id();
    }

    /** Whether the source names a chamber that Plenum's registry does not have. */
    public boolean chamberNotInRegistry() {
        return useCase.chamber().isEmpty() && !chamberAsNamed.isBlank();
    }
}
