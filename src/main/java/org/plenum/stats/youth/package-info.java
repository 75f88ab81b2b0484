/**
 * Youth statistics: members aged 30, 40 and 45 or under and mean age, per chamber and in aggregate. Exposed as the
 * named interface {@code youth} so that {@code exchange} can write the report as a file.
 */
@NamedInterface("youth")
package org.plenum.stats.youth;

import org.springframework.modulith.NamedInterface;
