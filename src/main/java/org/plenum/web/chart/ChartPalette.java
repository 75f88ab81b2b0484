package org.plenum.web.chart;

import java.util.List;

/**
 * The colours of the charts. Categorical colours are the Okabe–Ito palette (distinguishable with the common forms of
 * colour blindness), ordered so that the first ones have at least 3:1 contrast with white; shapes also get a dark
 * outline, so none depends on its fill alone. The sequential scale of the maps is viridis (perceptually uniform,
 * readable in grey scale and with colour blindness).
 */
public final class ChartPalette {

    /** Women in composition charts (Okabe–Ito vermillion, 3.9:1 on white). */
    public static final String WOMEN = "#D55E00";
    /** Men in composition charts (Okabe–Ito blue, 5.2:1 on white). */
    public static final String MEN = "#0072B2";

    /** Seats or values not known, or vacant: light grey (the dark outline of every mark keeps it visible). */
    public static final String NOT_KNOWN = "#C8C8C8";

    /** Categorical colours, in the order series and groups take them: the five with 3:1 or more on white first, yellow last. */
    public static final List<String> CATEGORICAL = List.of(
            "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#E69F00", "#56B4E9", "#F0E442");

    /** Sequential scale from low to high, seven steps of viridis (classes take evenly spaced steps of it). */
    public static final List<String> SEQUENTIAL = List.of(
            "#FDE725", "#8FD744", "#35B779", "#21908D", "#31688E", "#443A83", "#440154");

    /** Text and axes: 17:1 on white. */
    static final String INK = "#1A1A1A";
    /** Secondary text (tick labels): 8.4:1 on white. */
    static final String MUTED_INK = "#4D4D4D";
    /** Grid lines. */
    static final String GRID = "#D9D9D9";
    /** Fill under the "no data" hatching. */
    static final String NO_DATA = "#F2F2F2";
    /** The hatching of "no data": 3.6:1 against its fill. */
    static final String NO_DATA_HATCH = "#7F7F7F";

    private ChartPalette() {
    }

    /** The {@code index}th categorical colour (cycling). */
    public static String categorical(int index) {
        return CATEGORICAL.get(Math.floorMod(index, CATEGORICAL.size()));
    }

    /** {@code classes} colours evenly spread over the sequential scale, low to high. */
    public static List<String> sequential(int classes) {
        if (classes < 1 || classes > SEQUENTIAL.size()) {
            throw new IllegalArgumentException("classes must be 1 to " + SEQUENTIAL.size() + ", is " + classes);
        }
        if (classes == 1) {
            return List.of(SEQUENTIAL.get(SEQUENTIAL.size() / 2));
        }
        return java.util.stream.IntStream.range(0, classes)
                .mapToObj(i -> SEQUENTIAL.get(Math.round(i * (SEQUENTIAL.size() - 1) / (float) (classes - 1))))
                .toList();
    }
}
