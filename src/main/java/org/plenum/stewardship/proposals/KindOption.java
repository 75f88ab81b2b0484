package org.plenum.stewardship.proposals;

/** A kind of proposal the queue's filter offers: its code, its name, whether it is the one chosen. */
public record KindOption(String code, String label, boolean selected) {
}
