package org.plenum.stewardship;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What a module that accepts {@link Proposal proposals} tells stewardship about them (decision 0062): one Spring bean
 * per kind, a subclass that names the kind's code, the message key of its name and its review pages. The generic
 * review queue ({@code /review/proposals}) lists every kind and links each proposal to the owning module's review page,
 * where the editor sees the proposed record as it will look and decides.
 */
public class ProposalKind {

    private final String code;
    private final String labelKey;
    private final String reviewPathPrefix;
    private final MessageSource messages;

    /**
     * @param code             stored with each proposal: lower-case words joined by dashes, e.g. {@code ai-action}
     * @param labelKey         the message key of the kind's name, e.g. {@code aitracker.proposal.kind}
     * @param reviewPathPrefix the owning module's review pages, the proposal's number appended, e.g.
     *                         {@code /review/ai-actions/}
     */
    protected ProposalKind(String code, String labelKey, String reviewPathPrefix, MessageSource messages) {
        this.code = code;
        this.labelKey = labelKey;
        this.reviewPathPrefix = reviewPathPrefix;
        this.messages = messages;
    }

    /** The kind's code, stored with each proposal. */
    public String code() {
        return code;
    }

    /** The kind's name for queues and e-mails, e.g. "AI-policy action" / "action de politique sur l'IA". */
    public String label(Locale locale) {
        return messages.getMessage(labelKey, null, locale);
    }

    /** The site path of the owning module's review page for a proposal, e.g. {@code /review/ai-actions/17}. */
    public String reviewPath(long proposalId) {
        return reviewPathPrefix + proposalId;
    }
}
