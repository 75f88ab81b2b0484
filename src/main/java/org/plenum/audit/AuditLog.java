package org.plenum.audit;

/**
 * The append-only audit log (decision 0036): every write — submission, review, approval, publication, account
 * change, login and failed login — is recorded here. Entries are never changed or removed.
 */
public interface AuditLog {

    /**
     * Appends an entry, in the caller's transaction when there is one (so a write and its audit entry are committed
     * together or not at all), otherwise in its own.
     */
    void record(AuditEntry entry);
}
