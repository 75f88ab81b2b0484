package org.plenum.stats.internal;

/** The registry fields the statistics are computed from (ids of the field catalogue). */
final class Fields {

    static final String MEMBERS = "current_members_number";
    static final String WOMEN = "current_women_number";
    static final String SUSPENDED = "is_suspended_chamber";
    static final String LAST_ELECTION = "last_election";
    static final String SEAT_BASIS_NOTE = "seat_basis_note";
    static final String STRUCT_PARL_STATUS = "struct_parl_status";
    static final String STRUCTURE_OF_PARLIAMENT = "structure_of_parliament";
    static final String UNICAMERAL = "unicameral";

    static final String COUNTRY_NAME = "country_name";
    static final String IS_FORMER_COUNTRY = "is_former_country";
    static final String REGION = "region";
    static final String SUB_REGION = "sub_region";

    static final String LOWER_SUFFIX = "-LC01";
    static final String UPPER_SUFFIX = "-UC02";

    private Fields() {
    }
}
