package org.plenum.stewardship.proposals;

import java.util.Locale;
import org.plenum.accounts.AccountDirectory;
import org.plenum.notifications.MailRequested;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells a submitter what the editor decided on their proposal, in the submitter's language (English
 * or French, as the account says; English for an account that is no longer active), naming the kind by its
 * {@link org.plenum.stewardship.ProposalKind#label label}, with the editor's comment, the address of the record it
 * became (when approved) and of the submitter's list of proposals.
 */
@Component
class ProposalMail {

    private final AccountDirectory directory;
    private final ProposalKinds kinds;
    private final String publicUrl;

    ProposalMail(AccountDirectory directory, ProposalKinds kinds, @Value("${plenum.public-url}") String publicUrl) {
        this.directory = directory;
        this.kinds = kinds;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    MailRequested of(Proposal proposal) {
        boolean french = directory.contact(proposal.submitter())
                .map(contact -> contact.language().getLanguage().equals(Locale.FRENCH.getLanguage())).orElse(false);
        Locale locale = french ? Locale.FRENCH : Locale.ENGLISH;
        String kind = kinds.find(proposal.kind()).map(k -> k.label(locale)).orElse(proposal.kind());
        String outcome = outcome(proposal.state(), french);
        String reviewer = proposal.reviewer().orElse(french ? "un éditeur" : "an editor");
        StringBuilder body = new StringBuilder(french
                ? "Votre proposition n° " + proposal.id() + " (" + kind + ") pour " + proposal.parliament() + ", « "
                + proposal.title() + " », a été " + outcome + " par " + reviewer + ".\n"
                : "Your proposal #" + proposal.id() + " (" + kind + ") for " + proposal.parliament() + ", \""
                + proposal.title() + "\", was " + outcome + " by " + reviewer + ".\n");
        if (!proposal.reviewComment().isEmpty()) {
            body.append(french ? "\nCommentaire : " : "\nComment: ").append(proposal.reviewComment()).append('\n');
        }
        proposal.result().ifPresent(path -> body.append(french ? "\nPublié ici : " : "\nPublished at: ")
                .append(publicUrl).append(path).append('\n'));
        if (proposal.state() == ProposalState.RETURNED) {
            body.append(french ? "\nVous pouvez la modifier et l’envoyer de nouveau.\n"
                    : "\nYou may change it and send it again.\n");
        }
        body.append(french ? "\nVos propositions : " : "\nYour proposals: ").append(publicUrl).append("/my/proposals\n");
        String subject = french ? "Plenum : proposition n° " + proposal.id() + " " + outcome
                : "Plenum: proposal #" + proposal.id() + " " + outcome;
        return new MailRequested(proposal.submitter(), subject, body.toString(), "proposal-result");
    }

    private static String outcome(ProposalState state, boolean french) {
        return switch (state) {
            case APPROVED -> french ? "approuvée" : "approved";
            case RETURNED -> french ? "renvoyée" : "returned to you";
            case REJECTED -> french ? "rejetée" : "rejected";
            case SENT -> french ? "envoyée" : "sent";
        };
    }
}
