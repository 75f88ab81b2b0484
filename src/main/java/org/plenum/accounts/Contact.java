package org.plenum.accounts;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone to write to: an active account's e-mail address, name, language and, for a correspondent, bindings.
 *
 * @param language    the language of the person's e-mails and pages ({@code en} or {@code fr})
 * @param parliaments the parliaments bound to the account (all their chambers)
 * @param chambers    the chambers bound to the account one by one
 */
public record Contact(long accountId, String email, String displayName, Role role, Locale language,
                      Set<String> parliaments, Set<String> chambers) {

    public Contact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
        parliaments = Set.copyOf(parliaments);
        chambers = Set.copyOf(chambers);
    }

    /** Whether this person may submit for the chamber: bound to it or to its parliament. */
    public boolean covers(String chamberCode) {
        int dash = chamberCode.indexOf('-');
        return chambers.contains(chamberCode) || (dash > 0 && parliaments.contains(chamberCode.substring(0, dash)));
    }
}
