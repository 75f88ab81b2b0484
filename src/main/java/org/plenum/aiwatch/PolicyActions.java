package org.plenum.aiwatch;

import java.util.List;
import java.util.Optional;

/** The AI-policy tracker's actions (decision 0062): what other parts of Plenum read. */
public interface PolicyActions {

    Optional<PolicyAction> find(String id);

    /** Every action of a country (ISO alpha-2), newest first by {@link PolicyAction#date()}. */
    List<PolicyAction> ofCountry(String country);
}
