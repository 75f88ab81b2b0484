package org.plenum.stewardship.web;

import java.util.List;
import java.util.Optional;

/**
 * The form of a new or returned submission (no JavaScript: every field posted, the checks' findings shown next to
 * each field on the page the server sends back).
 *
 * @param action        where the form posts
 * @param id            the submission's number once saved
 * @param reviewComment the editor's comment when it was returned
 */
public record SubmissionForm(String chamber, String chamberName, String action, Optional<Long> id, int version,
                             List<FormRow> rows, String sourceTitle, String sourceUrl, String sourceGazette,
                             List<Message> sourceMessages, List<Message> messages, Optional<String> reviewComment,
                             boolean saved) {

    public boolean hasErrors() {
        return !messages.isEmpty() || !sourceMessages.isEmpty() || rows.stream().anyMatch(FormRow::hasMessages);
    }
}
