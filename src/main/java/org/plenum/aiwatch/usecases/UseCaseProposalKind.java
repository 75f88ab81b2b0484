package org.plenum.aiwatch.usecases;

import java.util.Locale;
import org.plenum.stewardship.ProposalKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A correspondent's proposal of an AI use case for their parliament (decision 0062), reviewed on the library's page. */
@Component
class UseCaseProposalKind implements ProposalKind {

    static final String CODE = "ai-use-case";

    private final MessageSource messages;

    UseCaseProposalKind(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label(Locale locale) {
        return messages.getMessage("usecases.proposal.kind", null, locale);
    }

    @Override
    public String reviewPath(long proposalId) {
        return "/review/ai-use-cases/" + proposalId;
    }
}
