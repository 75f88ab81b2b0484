package org.plenum.registry;

import java.util.List;

/** A batch that cannot be written; nothing of it was written. Each problem names its source. */
public class InvalidBatchException extends RuntimeException {
    private final List<String> problems;

    public InvalidBatchException(List<String> problems) {
        super(problems.size() + " problem(s): " + String.join("; ", problems.subList(0, Math.min(20, problems.size())))
                + (problems.size() > 20 ? "; ..." : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
