package org.plenum.exchange.ipu.historical;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Chamber Type values of IPU's workbook, and where Plenum places each (see
 * {@code docs/decisions/0006-historical-transitional-bodies.md}):
 * <ul>
 *   <li>{@link Placement#CHAMBER}: Lower and Single are the chamber {@code {CC}-LC01}, Upper the chamber
 *       {@code {CC}-UC02};</li>
 *   <li>{@link Placement#LEGISLATURE_OF_THE_TIME}: Temporary Assembly, Constituent Assembly, Council and
 *       Single Lower were the country's legislature at the time (an interim, transitional or constituent
 *       assembly, a consultative council that was the only legislative body, a lower chamber whose upper
 *       chamber did not exist yet). They are recorded as the lower or single chamber {@code {CC}-LC01},
 *       with IPU's type in the annotation;</li>
 *   <li>{@link Placement#NO_ONE_CHAMBER}: Special (the several chambers of South Africa's tricameral
 *       parliament and of Yugoslavia's five-chamber assembly) and Not available cannot be placed in one
 *       chamber; their rows are rejected.</li>
 * </ul>
 */
enum ChamberType {
    LOWER("Lower", Placement.CHAMBER, "LC01", "lower_chamber"),
    UPPER("Upper", Placement.CHAMBER, "UC02", "upper_chamber"),
    SINGLE("Single", Placement.CHAMBER, "LC01", "unicameral"),
    TEMPORARY_ASSEMBLY("Temporary Assembly", Placement.LEGISLATURE_OF_THE_TIME, "LC01", ""),
    CONSTITUENT_ASSEMBLY("Constituent Assembly", Placement.LEGISLATURE_OF_THE_TIME, "LC01", ""),
    COUNCIL("Council", Placement.LEGISLATURE_OF_THE_TIME, "LC01", ""),
    SINGLE_LOWER("Single Lower", Placement.LEGISLATURE_OF_THE_TIME, "LC01", ""),
    SPECIAL("Special", Placement.NO_ONE_CHAMBER, "LC01", ""),
    NOT_AVAILABLE("Not available", Placement.NO_ONE_CHAMBER, "LC01", "");

    /** Where a row of this type goes. */
    enum Placement {
        /** The row is a chamber's. */
        CHAMBER,
        /** The row is the country's legislature of the time, recorded as its lower or single chamber. */
        LEGISLATURE_OF_THE_TIME,
        /** The row describes a body that is not one chamber, or no body at all; it is rejected. */
        NO_ONE_CHAMBER
    }

    private final String label;
    private final Placement placement;
    private final String codeSuffix;
    private final String chamberStatus;

    ChamberType(String label, Placement placement, String codeSuffix, String chamberStatus) {
        this.label = label;
        this.placement = placement;
        this.codeSuffix = codeSuffix;
        this.chamberStatus = chamberStatus;
    }

    /** The type written in the cell, in any case, without surrounding spaces. */
    static Optional<ChamberType> of(String written) {
        String text = written.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label.toLowerCase(Locale.ROOT).equals(text)).findFirst();
    }

    /**
     * The code of the chamber a row of this type is about in the country with this code, e.g.
     * {@code AL-LC01}: for {@link Placement#NO_ONE_CHAMBER}, the lower or single chamber whose figures the
     * row interrupts.
     */
    String chamberCode(String countryCode) {
        return countryCode + "-" + codeSuffix;
    }

    Placement placement() {
        return placement;
    }

    /**
     * The term of taxonomy {@code struct_parl_status} of a row of this type: fixed for a chamber; for a
     * legislature of the time, {@code lower_chamber} when the workbook has an Upper row of the same
     * country valid from the same day, {@code unicameral} otherwise.
     *
     * @throws IllegalStateException for a type that is not placed in a chamber
     */
    String structParlStatus(boolean upperChamberSameDay) {
        return switch (placement) {
            case CHAMBER -> chamberStatus;
            case LEGISLATURE_OF_THE_TIME -> upperChamberSameDay ? LOWER.chamberStatus : SINGLE.chamberStatus;
            case NO_ONE_CHAMBER -> throw new IllegalStateException("chamber type " + label + " is not placed in a chamber");
        };
    }

    /** What the annotation says about the type: IPU's type for a legislature of the time, else nothing. */
    Optional<String> remark() {
        return placement == Placement.LEGISLATURE_OF_THE_TIME ? Optional.of("IPU chamber type: " + label) : Optional.empty();
    }

    String label() {
        return label;
    }
}
