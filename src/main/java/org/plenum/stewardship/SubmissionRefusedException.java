package org.plenum.stewardship;

import java.util.List;

/** A submission that cannot be sent (or saved) as it is: the checks' errors, and warnings without a note. */
public class SubmissionRefusedException extends RuntimeException {

    private final List<Finding> findings;

    public SubmissionRefusedException(List<Finding> findings) {
        super(findings.size() + " problem(s): " + findings.stream()
                .map(f -> "item " + f.position() + " " + f.field() + " " + f.code() + " " + f.args()).toList());
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
