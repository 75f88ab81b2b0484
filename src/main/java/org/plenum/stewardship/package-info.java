/**
 * Stewardship (issue 12, decisions 0036 and 0044–0046): correspondents submit new values for the chambers bound to
 * them, the checks find what looks wrong, editors approve (all or some items), return or reject; approval writes
 * facts through the registry's {@link org.plenum.registry.FactStore} in the same transaction as the submission's
 * state and the audit entries, and publishes. {@link org.plenum.stewardship.Stewardship} is the module's service.
 */
package org.plenum.stewardship;
