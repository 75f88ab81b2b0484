/**
 * The append-only audit log of every write (decision 0036): who, what, when, from where and why; shown to editors
 * and admins and exportable as CSV. A module of its own so that both {@code accounts} and {@code stewardship} write
 * to it without depending on each other.
 */
package org.plenum.audit;
