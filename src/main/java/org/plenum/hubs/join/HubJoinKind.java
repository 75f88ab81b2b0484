package org.plenum.hubs.join;

import org.plenum.stewardship.ProposalKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A correspondent's request that their parliament join an innovation hub, reviewed on the hubs' review page. */
@Component
public class HubJoinKind extends ProposalKind {

    public static final String CODE = "hub-join";

    HubJoinKind(MessageSource messages) {
        super(CODE, "hubs.join.kind", "/review/hubs/join/", messages);
    }
}
