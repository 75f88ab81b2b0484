/**
 * Figures published by others (IPU's World e-Parliament Report 2024), stored as theirs with their source. Exposed as
 * the named interface {@code published}: the hubs module shows IPU's published shares of parliaments taking part in
 * the Centre for Innovation in Parliament (2020, 2024) beside its own computed participation (decision 0064).
 */
@NamedInterface("published")
package org.plenum.assessment.published;

import org.springframework.modulith.NamedInterface;
