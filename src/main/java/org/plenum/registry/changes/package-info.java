/**
 * The change feed (decision 0047): every published fact as a change, in the order Plenum recorded them, with the
 * value it replaced; served as {@code /api/v1/changes} (JSON:API, resumable by an opaque cursor) and as Atom feeds
 * ({@code /feeds/changes.atom}, {@code /feeds/countries/{code}.atom}). Computed from the in-memory snapshot.
 *
 * <p>Exposed as the named interface {@code changes}: the notifications module delivers each publication's changes to
 * webhook subscribers, and the stewardship module reminds correspondents of new elections, from {@link
 * org.plenum.registry.changes.ChangeFeed}.
 */
@NamedInterface("changes")
package org.plenum.registry.changes;

import org.springframework.modulith.NamedInterface;
