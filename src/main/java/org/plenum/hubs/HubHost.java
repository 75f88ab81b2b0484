package org.plenum.hubs;

import java.util.Optional;

/**
 * A parliament that hosted (or initiated, or coordinates) a hub over a period.
 *
 * @param parliament the country code when it is a national parliament of the registry; empty for, e.g., the
 *                   European Parliament
 * @param role       {@code host}, {@code coordinator} or {@code initiator}
 * @param from       when it began (empty: not known)
 * @param to         when it ended (empty: still, or not known)
 */
public record HubHost(long id, Optional<String> parliament, String name, String role, Optional<HubDate> from,
                      Optional<HubDate> to, String source, String note) {
}
