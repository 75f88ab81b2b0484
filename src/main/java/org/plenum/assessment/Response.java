package org.plenum.assessment;

import java.time.Instant;

/**
 * One respondent's answers to one edition.
 *
 * @param id            the response's number
 * @param questionnaire the questionnaire's code
 * @param edition       the edition's code
 * @param respondent    who answered
 * @param state         where it stands
 * @param answers       the answers
 * @param version       raised by every change: a form based on an older version is refused (optimistic concurrency)
 * @param source        where the answers came from: {@code web}, {@code api}, {@code import:<file>}, {@code demo}
 * @param updatedAt     when it last changed
 */
public record Response(long id, String questionnaire, String edition, Respondent respondent, ResponseState state,
                       Answers answers, int version, String source, Instant updatedAt) {
}
