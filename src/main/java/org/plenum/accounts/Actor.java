package org.plenum.accounts;

import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person (or the owner of the API token) behind a request: the principal of every authenticated
 * request's {@code Authentication}, so a controller takes it with {@code @AuthenticationPrincipal Actor actor}
 * (decision 0036).
 *
 * @param accountId   the account's number, stable for the account's life
 * @param username    the login name (an e-mail address)
 * @param displayName the name shown in the audit log and next to submissions
 * @param role        what the person may do
 * @param parliaments the parliaments (country codes, e.g. {@code ES}) bound to a correspondent: all their chambers
 * @param chambers    the chambers (e.g. {@code ES-LC01}) bound to a correspondent one by one
 *
 * <p>A {@link Principal} whose name is the username (Spring Security's {@code Authentication.getName()} and Spring
 * Session's principal index use it) and {@link Serializable}, as it is kept in the session in the database.
 */
public record Actor(long accountId, String username, String displayName, Role role, Set<String> parliaments,
                    Set<String> chambers) implements Principal, Serializable {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        parliaments = Set.copyOf(parliaments);
        chambers = Set.copyOf(chambers);
    }

    /**
     * Whether this person may read the drafts of and submit changes for the chamber: editors and admins for every
     * chamber, a correspondent for the chambers bound to them and for the chambers of the parliaments bound to them
     * (a chamber code starts with its parliament's code: {@code ES-LC01} belongs to {@code ES}).
     */
    public boolean maySubmitFor(String chamberCode) {
        if (role.includes(Role.EDITOR)) {
            return true;
        }
        int dash = chamberCode.indexOf('-');
        return chambers.contains(chamberCode) || (dash > 0 && parliaments.contains(chamberCode.substring(0, dash)));
    }

    /** Whether this person may submit for the parliament (country code) as a whole, e.g. its election results. */
    public boolean maySubmitForParliament(String parliamentCode) {
        return role.includes(Role.EDITOR) || parliaments.contains(parliamentCode);
    }

    /** Editors and admins review, approve, return and reject submissions and manage correspondents. */
    public boolean mayReview() {
        return role.includes(Role.EDITOR);
    }

    /** Admins manage accounts and configuration. */
    public boolean mayAdminister() {
        return role.includes(Role.ADMIN);
    }

    /** The username: the principal's name. */
    @Override
    public String getName() {
        return username;
    }

    /** The audit log's name for this person: the username. */
    public String auditName() {
        return username;
    }
}
