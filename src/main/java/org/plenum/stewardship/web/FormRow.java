package org.plenum.stewardship.web;

import java.util.List;

/**
 * One field of the submission form: the published value and date, what the correspondent entered (new value, date,
 * note) and the checks' findings about it.
 *
 * @param options the terms to choose from for a taxonomy field; empty for a number or a date
 */
public record FormRow(String field, String label, String unit, String current, String currentFrom, String value,
                      String from, String note, List<Message> messages, List<Option> options) {

    public boolean hasError() {
        return messages.stream().anyMatch(Message::error);
    }

    public boolean hasMessages() {
        return !messages.isEmpty();
    }
}
