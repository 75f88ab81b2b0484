package org.plenum.aiwatch.usecases;

import org.plenum.stewardship.ProposalKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A correspondent's proposal of an AI use case for their parliament (decision 0062), reviewed on the library's page. */
@Component
class UseCaseProposalKind extends ProposalKind {

    static final String CODE = "ai-use-case";

    UseCaseProposalKind(MessageSource messages) {
        super(CODE, "usecases.proposal.kind", "/review/ai-use-cases/", messages);
    }
}
