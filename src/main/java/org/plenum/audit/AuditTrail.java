package org.plenum.audit;

import java.util.List;

/** Reads the audit log (for editors and admins, and the tests): entries matching a query, the newest first. */
public interface AuditTrail {

    List<AuditRecord> find(AuditQuery query);
}
