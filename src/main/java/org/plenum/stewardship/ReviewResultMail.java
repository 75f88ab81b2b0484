package org.plenum.stewardship;

import java.util.Locale;
import org.plenum.accounts.AccountDirectory;
import org.plenum.notifications.MailRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells a submitter what the review decided, in the submitter's language (English or French, as the
 * account says; English for an account that is no longer active), with the address of the submission's page.
 */
@Component
class ReviewResultMail {

    private final AccountDirectory directory;
    private final String publicUrl;

    ReviewResultMail(AccountDirectory directory, @Value("${plenum.public-url}") String publicUrl) {
        this.directory = directory;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    MailRequested of(Submission submission) {
        boolean french = directory.contact(submission.submitter())
                .map(contact -> contact.language().getLanguage().equals(Locale.FRENCH.getLanguage())).orElse(false);
        String outcome = outcome(submission.state(), french);
        String reviewer = submission.reviewer().orElse(french ? "un éditeur" : "an editor");
        StringBuilder body = new StringBuilder(french
                ? "Votre soumission n° " + submission.id() + " pour " + submission.chamber() + " a été " + outcome + " par "
                + reviewer + ".\n\n"
                : "Your submission #" + submission.id() + " for " + submission.chamber() + " was " + outcome + " by "
                + reviewer + ".\n\n");
        for (SubmissionItem item : submission.items()) {
            boolean approved = item.decision() == ItemDecision.APPROVED;
            body.append(french ? (approved ? "[approuvé] " : "[non approuvé] ") : (approved ? "[approved] " : "[not approved] "))
                    .append(item.draft().field()).append(" = ").append(item.draft().value())
                    .append(item.draft().validFrom().map(d -> (french ? " à partir du " : " from ") + d).orElse(""))
                    .append('\n');
        }
        if (!submission.reviewComment().isEmpty()) {
            body.append(french ? "\nCommentaire : " : "\nComment: ").append(submission.reviewComment()).append('\n');
        }
        body.append(french ? "\nVotre soumission : " : "\nYour submission: ").append(publicUrl)
                .append("/my/submissions/").append(submission.id()).append('\n');
        String subject = french ? "Plenum : soumission n° " + submission.id() + " " + outcome
                : "Plenum: submission #" + submission.id() + " " + outcome;
        return new MailRequested(submission.submitter(), subject, body.toString(), "review-result");
    }

    private static String outcome(SubmissionState state, boolean french) {
        return switch (state) {
            case APPROVED -> french ? "approuvée" : "approved";
            case PARTLY_APPROVED -> french ? "approuvée en partie" : "partly approved";
            case RETURNED -> french ? "renvoyée" : "returned to you";
            case REJECTED -> french ? "rejetée" : "rejected";
            default -> state.id();
        };
    }
}
