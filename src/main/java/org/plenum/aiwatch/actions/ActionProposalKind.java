package org.plenum.aiwatch.actions;

import java.util.Locale;
import org.plenum.stewardship.ProposalKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Proposals of new AI-policy actions (decision 0062): reviewed at {@code /review/ai-actions/{id}}. */
@Component
public class ActionProposalKind implements ProposalKind {

    public static final String CODE = "ai-action";

    private final MessageSource messages;

    ActionProposalKind(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label(Locale locale) {
        return messages.getMessage("aitracker.proposal.kind", null, locale);
    }

    @Override
    public String reviewPath(long proposalId) {
        return "/review/ai-actions/" + proposalId;
    }
}
