package org.plenum.accounts;

/**
 * What a signed-in person may do (decision 0036). A reader is anyone without an account: public reads need none.
 * The roles are ordered: an editor may do what a correspondent may, for every chamber; an admin what an editor may.
 */
public enum Role {
    /** Staff of a national parliament: reads and submits for the chambers and parliaments bound to them. */
    CORRESPONDENT,
    /** Secretariat: reviews and publishes submissions, manages correspondents. */
    EDITOR,
    /** Accounts and configuration. */
    ADMIN;

    /** Whether this role includes everything {@code other} may do. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
