package org.plenum.assessment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One edition of a questionnaire (e.g. the e-Parliament survey of 2024): what is asked, in order. A questionnaire is
 * the series of its editions with the same {@code questionnaire} code.
 *
 * @param questionnaire     the questionnaire's code, e.g. {@code eparliament}, {@code legislative-openness}
 * @param edition           the edition's code, e.g. {@code 2024} (XLSForm {@code settings.version})
 * @param title             the questionnaire's title (XLSForm {@code settings.form_title})
 * @param description       what the questionnaire is for, who answers it, its source and licence (may be empty)
 * @param languages         the languages of its texts, the default first (XLSForm {@code settings.default_language})
 * @param publicResponses   whether the answers are public (the legislative-openness survey: published, CC BY) or
 *                          seen only by editors and the respondent (the e-Parliament survey)
 * @param selfAssessment    whether it is a self-assessment (decision 0069; XLSForm {@code settings.self_assessment}):
 *                          a respondent's submitted answers count at once, with no editor's review, and its
 *                          responses are never ranked or shown one by one on the public pages and API
 * @param sections          the sections in order; questions outside any group sit in a section named {@code main}
 */
public record Edition(String questionnaire, String edition, Text title, Text description, List<String> languages,
                      boolean publicResponses, boolean selfAssessment, List<Section> sections) {

    public Edition {
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
    }

    /** An edition that is not a self-assessment. */
    public Edition(String questionnaire, String edition, Text title, Text description, List<String> languages,
                   boolean publicResponses, List<Section> sections) {
        this(questionnaire, edition, title, description, languages, publicResponses, false, sections);
    }

    /** Every question of every section, in order. */
    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }

    /** The question named {@code name}, or the matrix whose row is named {@code name}. */
    public Optional<Question> question(String name) {
        return questions().filter(q -> q.name().equals(name)
                || q.rows().stream().anyMatch(row -> row.name().equals(name))).findFirst();
    }
}
