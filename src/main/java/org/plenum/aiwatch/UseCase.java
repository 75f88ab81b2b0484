package org.plenum.aiwatch;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A use case for AI in a parliament (issue 14, decision 0062).
 *
 * @param id          stable code, the last part of its address {@code /ai/use-cases/{id}}: IPU's number for IPU's use
 *                    cases ({@code 005}), {@code p-001}… for those proposed to Plenum
 * @param category    the category's code (e.g. {@code public-engagement}, {@code chatbots}); see the library's
 *                    category list
 * @param categoryByIpu whether IPU's page shows the category; otherwise Plenum's editors classified it
 * @param country     ISO alpha-2
 * @param chamber     Plenum's chamber code, when the use case names one
 * @param date        the date printed on the use case, when any
 * @param english     the words in English (always)
 * @param french      the words in French, when translated (Plenum's translation of IPU's text)
 * @param related     ids of related AI-policy actions
 * @param source      the page it was read from; empty for a use case proposed to Plenum
 * @param ipu         whether it is one of IPU's published use cases
 */
public record UseCase(String id, String category, boolean categoryByIpu, String country, Optional<String> chamber,
                      Optional<PartialDate> date, UseCaseStatus status, UseCaseText english,
                      Optional<UseCaseText> french, List<String> related, String source, boolean ipu,
                      Instant recordedAt, Instant updatedAt) {

    public UseCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(source, "source");
        related = List.copyOf(related);
    }

    /** The words in the reader's language: French when translated and asked for, English otherwise. */
    public UseCaseText text(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? french.orElse(english) : english;
    }
}
