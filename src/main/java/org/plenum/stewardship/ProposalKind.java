package org.plenum.stewardship;

import java.util.Locale;

/**
 * What a module that accepts {@link Proposal proposals} tells stewardship about them (decision 0062): one Spring bean
 * per kind. The generic review queue ({@code /review/proposals}) lists every kind and links each proposal to the
 * owning module's review page, where the editor sees the proposed record as it will look and decides.
 */
public interface ProposalKind {

    /** The kind's code, stored with each proposal: lower-case words joined by dashes, e.g. {@code ai-action}. */
    String code();

    /** The kind's name for queues and e-mails, e.g. "AI-policy action" / "action de politique sur l'IA". */
    String label(Locale locale);

    /** The site path of the owning module's review page for a proposal, e.g. {@code /review/ai-actions/17}. */
    String reviewPath(long proposalId);
}
