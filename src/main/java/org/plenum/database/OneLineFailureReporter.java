package org.plenum.database;

import java.io.PrintStream;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a failed start on standard error, in place of Spring Boot's logged report (whose logger application.yml
 * turns off): one line for Plenum's own {@link StartupFailure}, the description and the action for any other
 * failure Spring Boot explains (e.g. a port in use).
 */
public class OneLineFailureReporter implements FailureAnalysisReporter {

    private final PrintStream err;

    public OneLineFailureReporter() {
        this(System.err);
    }

    OneLineFailureReporter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void report(FailureAnalysis analysis) {
        if (analysis.getCause() instanceof StartupFailure) {
            err.println("plenum: " + analysis.getDescription());
        } else {
            String action = analysis.getAction() == null || analysis.getAction().isBlank() ? ""
                    : "\n" + analysis.getAction().strip();
            err.println("plenum: the start failed: " + analysis.getDescription().strip() + action);
        }
        err.flush();
    }
}
