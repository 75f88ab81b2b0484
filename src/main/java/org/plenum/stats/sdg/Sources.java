package org.plenum.stats.sdg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortens many sources of the form {@code <file> row <n>} to one per file: {@code <file> rows 2-43, 50}. */
final class Sources {

    private static final Pattern ROW = Pattern.compile("(.+) row ([0-9]+)");

    private Sources() {
    }

    static List<String> summarize(List<String> sources) {
        Map<String, TreeSet<Integer>> rowsByFile = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (String source : sources) {
            Matcher m = ROW.matcher(source);
            if (m.matches()) {
                rowsByFile.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(Integer.parseInt(m.group(2)));
            } else if (!others.contains(source)) {
                others.add(source);
            }
        }
        List<String> out = new ArrayList<>();
        rowsByFile.forEach((file, rows) -> out.add(rows.size() == 1 ? file + " row " + rows.first()
                : file + " rows " + ranges(rows)));
        out.addAll(others);
        return out;
    }

    private static String ranges(TreeSet<Integer> rows) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int row : rows) {
            if (start == null) {
                start = row;
            } else if (row != previous + 1) {
                parts.add(start.equals(previous) ? start.toString() : start + "-" + previous);
                start = row;
            }
            previous = row;
        }
        parts.add(start.equals(previous) ? start.toString() : start + "-" + previous);
        return String.join(", ", parts);
    }
}
