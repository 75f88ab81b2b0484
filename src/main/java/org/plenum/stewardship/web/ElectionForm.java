package org.plenum.stewardship.web;

import java.util.List;
import java.util.Optional;

/**
 * The form of a whole election's results: its date, the seats at stake, the women elected and the seats won by each
 * party (parties of the country, chosen from a list), with the document that states them.
 */
public record ElectionForm(String chamber, String chamberName, String action, Optional<Long> id, int version,
                           String date, String seats, String women, List<PartyRow> parties, List<Message> dateMessages,
                           List<Message> seatsMessages, List<Message> womenMessages, String sourceTitle,
                           String sourceUrl, String sourceGazette, List<Message> sourceMessages, List<Message> messages,
                           Optional<String> reviewComment, boolean saved) {

    /** One line of the results: the party (chosen among the options) and its seats. */
    public record PartyRow(int index, List<Option> options, String seats, List<Message> messages) {
    }

    public boolean hasErrors() {
        return !messages.isEmpty() || !sourceMessages.isEmpty() || !dateMessages.isEmpty() || !seatsMessages.isEmpty()
                || !womenMessages.isEmpty() || parties.stream().anyMatch(p -> !p.messages().isEmpty());
    }
}
