package org.plenum.assessment;

/** One answer option of a choice list: {@code name} is what answers hold, {@code label} what people read. */
public record Choice(String name, Text label) {
}
