package org.plenum.hubs;

import java.util.Optional;

/**
 * A parliament's membership of a hub.
 *
 * @param parliament the country code, as in the registry
 * @param joined     when it joined (empty: not known)
 * @param left       when it left (empty: still a member)
 * @param basis      why it is a member: {@code host} (the host counts as a member), {@code listed} (a source lists
 *                   it), {@code editor} (an editor added it), {@code request} (an approved request to join)
 */
public record HubMembership(long id, String hub, String parliament, Optional<HubDate> joined, Optional<HubDate> left,
                            String basis, String source, String note) {
}
