package org.plenum.stats;

/** Where a country stands in a month's women ranking. */
public enum Standing {
    /** Ranked by the share of women in its lower or single chamber. */
    RANKED,
    /**
     * Listed at the bottom without a rank: the lower or single chamber's number of members or of women is not
     * known on the reference date (IPU: "data temporarily unavailable", usually just after an election).
     */
    UNRANKED,
    /** Listed last, marked "Suspended": the lower or single chamber is suspended on the reference date. */
    SUSPENDED
}
