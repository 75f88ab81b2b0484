package org.plenum.registry.changes;

import java.util.List;

/**
 * A page of the change feed.
 *
 * @param changes     the changes, in the feed's order
 * @param next        where to resume: after the last change given (or where the request started, when none was)
 * @param more        whether more changes were published after {@code next} already
 * @param publication the data publication the feed was read at
 */
public record ChangePage(List<Change> changes, ChangeCursor next, boolean more, long publication) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
