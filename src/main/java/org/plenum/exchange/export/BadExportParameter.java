package org.plenum.exchange.export;

/**
 * A download or export asked with a wrong parameter: names the parameter (a query parameter, or the
 * {@code --option} of the command line) and says why, e.g. {@code month}: "no statistics for 1890-01".
 */
public class BadExportParameter extends RuntimeException {

    private final String parameter;
    private final String code;

    public BadExportParameter(String parameter, String code, String message) {
        super(message);
        this.parameter = parameter;
        this.code = code;
    }

    public String parameter() {
        return parameter;
    }

    /** A short machine-readable reason, e.g. {@code missing_parameter}. */
    public String code() {
        return code;
    }
}
