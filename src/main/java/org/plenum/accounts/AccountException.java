package org.plenum.accounts;

import java.util.List;

/**
 * A refused account operation: which field (or {@code account} for the whole), the message key of the reason in
 * bundle {@code i18n/accounts} with its arguments (for the pages), and the reason in English (for the command line
 * and the logs).
 */
public class AccountException extends RuntimeException {

    private final String field;
    private final String key;
    private final List<Object> arguments;

    public AccountException(String field, String key, String english, Object... arguments) {
        super(english);
        this.field = field;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
