package org.plenum.stats;

/**
 * The SDG series Plenum computes for the two indicators whose custodian is the Inter-Parliamentary Union, with the
 * codes of the UN SDG global database. How each is computed: {@code docs/decisions/0008-sdg-indicators.md}.
 */
public enum SdgSeries {

    /** Share of seats held by women in the lower or single chamber, in percent. */
    SG_GEN_PARL(Indicator.WOMEN_IN_PARLIAMENT, Chamber.LOWER_OR_SINGLE, Group.WOMEN, Unit.PERCENT,
            "Proportion of seats held by women in national parliaments (% of total number of seats)"),
    /** Seats held by women in the lower or single chamber. */
    SG_GEN_PARLN(Indicator.WOMEN_IN_PARLIAMENT, Chamber.LOWER_OR_SINGLE, Group.WOMEN, Unit.NUMBER,
            "Number of seats held by women in national parliaments"),
    /** Seats filled (current members) in the lower or single chamber. */
    SG_GEN_PARLNT(Indicator.WOMEN_IN_PARLIAMENT, Chamber.LOWER_OR_SINGLE, Group.ALL_MEMBERS, Unit.NUMBER,
            "Current number of seats in national parliaments"),
    /** Share of women among members over the share of women in the population at or above the eligibility age. */
    SG_DMK_PARLMP_LC(Indicator.REPRESENTATION_IN_PARLIAMENT, Chamber.LOWER_OR_SINGLE, Group.WOMEN, Unit.RATIO,
            "Ratio for female members of parliaments (proportion of women in parliament over the proportion of women "
                    + "in the national population with the age of eligibility as a lower bound), lower chamber or unicameral"),
    /** As {@link #SG_DMK_PARLMP_LC}, upper chamber. */
    SG_DMK_PARLMP_UC(Indicator.REPRESENTATION_IN_PARLIAMENT, Chamber.UPPER, Group.WOMEN, Unit.RATIO,
            "Ratio for female members of parliaments (proportion of women in parliament over the proportion of women "
                    + "in the national population with the age of eligibility as a lower bound), upper chamber"),
    /** Share of members aged 45 or under over the share of the population aged between the eligibility age and 45. */
    SG_DMK_PARLYR_LC(Indicator.REPRESENTATION_IN_PARLIAMENT, Chamber.LOWER_OR_SINGLE, Group.AGED_45_OR_UNDER, Unit.RATIO,
            "Ratio of young members in parliament (proportion of members aged 45 or below over the proportion of the "
                    + "national population aged between the age of eligibility and 45), lower chamber or unicameral"),
    /** As {@link #SG_DMK_PARLYR_LC}, upper chamber. */
    SG_DMK_PARLYR_UC(Indicator.REPRESENTATION_IN_PARLIAMENT, Chamber.UPPER, Group.AGED_45_OR_UNDER, Unit.RATIO,
            "Ratio of young members in parliament (proportion of members aged 45 or below over the proportion of the "
                    + "national population aged between the age of eligibility and 45), upper chamber");

    /** The SDG indicator a series belongs to. */
    public enum Indicator {
        WOMEN_IN_PARLIAMENT("5.5.1(a)"),
        REPRESENTATION_IN_PARLIAMENT("16.7.1(a)");

        private final String number;

        Indicator(String number) {
            this.number = number;
        }

        /** The indicator's number as the UN writes it, e.g. {@code 5.5.1(a)}. */
        public String number() {
            return number;
        }
    }

    /** Which chambers a series covers. */
    public enum Chamber {
        LOWER_OR_SINGLE, UPPER
    }

    /** The members (or seats) a series counts: women, everyone, or members aged 45 or under. */
    public enum Group {
        WOMEN, ALL_MEMBERS, AGED_45_OR_UNDER
    }

    public enum Unit {
        PERCENT, NUMBER, RATIO
    }

    private final Indicator indicator;
    private final Chamber chamber;
    private final Group group;
    private final Unit unit;
    private final String description;

    SdgSeries(Indicator indicator, Chamber chamber, Group group, Unit unit, String description) {
        this.indicator = indicator;
        this.chamber = chamber;
        this.group = group;
        this.unit = unit;
        this.description = description;
    }

    public Indicator indicator() {
        return indicator;
    }

    public Chamber chamber() {
        return chamber;
    }

    public Group group() {
        return group;
    }

    public Unit unit() {
        return unit;
    }

    /** The series' description, after the UN SDG database's. */
    public String description() {
        return description;
    }

    /** The series' code, e.g. {@code SG_GEN_PARL}. */
    public String code() {
        return name();
    }
}
