package org.plenum.hubs.join;

import java.util.Locale;
import org.plenum.stewardship.ProposalKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A correspondent's request that their parliament join an innovation hub, reviewed on the hubs' review page. */
@Component
public class HubJoinKind implements ProposalKind {

    public static final String CODE = "hub-join";

    private final MessageSource messages;

    HubJoinKind(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label(Locale locale) {
        return messages.getMessage("hubs.join.kind", null, locale);
    }

    @Override
    public String reviewPath(long proposalId) {
        return "/review/hubs/join/" + proposalId;
    }
}
