package org.plenum.stats.internal;

import java.util.Optional;
import org.plenum.stats.WomenRankingRow;

/**
 * A country listed in a month's table, with the IPU region and sub-region it belongs to on the reference
 * date (for the averages).
 */
public record ListedCountry(WomenRankingRow row, Optional<String> region, Optional<String> subRegion) {
}
