package org.plenum.stewardship;

import java.time.Instant;
import java.util.Optional;

/**
 * An item whose published value changed after the correspondent based it on the value then published: someone else
 * (another editor's approval, an import) wrote the field for that date in between.
 *
 * @param position   the item
 * @param field      the field
 * @param basedOn    the value the item was based on (empty: there was none)
 * @param value      the value published now
 * @param source     the source of the value published now (for an approved submission it names submitter and approver)
 * @param recordedAt when the value published now was recorded
 */
public record Conflict(int position, String field, Optional<String> basedOn, String value, String source,
                       Instant recordedAt) {
}
