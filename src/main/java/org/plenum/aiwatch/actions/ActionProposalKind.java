package org.plenum.aiwatch.actions;

import org.plenum.stewardship.ProposalKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Proposals of new AI-policy actions (decision 0062): reviewed at {@code /review/ai-actions/{id}}. */
@Component
public class ActionProposalKind extends ProposalKind {

    public static final String CODE = "ai-action";

    ActionProposalKind(MessageSource messages) {
        super(CODE, "aitracker.proposal.kind", "/review/ai-actions/", messages);
    }
}
