package org.plenum.aiwatch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parliamentary action on AI policy (issue 14, decision 0062).
 *
 * @param id           stable short code, the last part of its address {@code /ai/actions/{id}}, e.g. {@code ar-004}
 *                     (country code in lower case, then its number within the country in order of recording)
 * @param country      ISO 3166-1 alpha-2 (or {@code EU} for the European Parliament)
 * @param chambers     Plenum's chamber codes (e.g. {@code AR-LC01}); empty when the source names the parliament only
 * @param title        the title in the original language
 * @param titleEnglish the title in English (the same as {@code title} when the original is English)
 * @param language     the original language (ISO 639-1, e.g. {@code es})
 * @param introduced   when tabled, launched or set up
 * @param adopted      when adopted, approved or completed
 * @param inForce      when in force
 * @param statusNote   the source's own words on the status (empty when none)
 * @param summary      what it does, in English, in the recorder's own words
 * @param related      ids of related actions (the bill and the law it became)
 * @param ipu          whether IPU's tracker or pages describe it; otherwise another publisher (decision 0062 keeps the
 *                     seed's split)
 * @param recordedAt   when Plenum first recorded it
 * @param updatedAt    when Plenum last changed it (the monthly digest lists the actions added or updated in a month)
 */
public record PolicyAction(String id, String country, List<String> chambers, ActionType type, String title,
                           String titleEnglish, String language, Optional<PartialDate> introduced,
                           Optional<PartialDate> adopted, Optional<PartialDate> inForce, ActionStatus status,
                           String statusNote, String summary, List<ActionSource> sources, List<String> related,
                           boolean ipu, Instant recordedAt, Instant updatedAt) {

    public PolicyAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEnglish, "titleEnglish");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusNote, "statusNote");
        Objects.requireNonNull(summary, "summary");
        chambers = List.copyOf(chambers);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    /** The action's main date: in force, else adopted, else introduced. */
    public Optional<PartialDate> date() {
        return inForce.or(() -> adopted).or(() -> introduced);
    }
}
