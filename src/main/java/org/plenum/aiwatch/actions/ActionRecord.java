package org.plenum.aiwatch.actions;

import java.util.Objects;
import org.plenum.aiwatch.PolicyAction;

/**
 * An action of the tracker with what Plenum keeps beside the contract's {@link PolicyAction} (decision 0065).
 *
 * @param action       the action
 * @param publisher    who describes it: "Inter-Parliamentary Union" for IPU's, else the other publisher's name
 * @param chamberNames the parliament or chambers as the source names them (empty when it names none); the codes
 *                     Plenum found for them are {@link PolicyAction#chambers()}
 * @param origin       where it came from, in words: the seed file and row, or the proposal an editor approved
 * @param seedKey      the seed file and row it was imported from ({@code ai-policy-actions.csv row 3}), empty for an
 *                     action proposed to Plenum: a re-import finds its action by it
 * @param version      raised by every change
 */
public record ActionRecord(PolicyAction action, String publisher, String chamberNames, String origin, String seedKey,
                           int version) {

    public static final String IPU = "Inter-Parliamentary Union";

    public ActionRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(chamberNames, "chamberNames");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(seedKey, "seedKey");
    }

    public String id() {
        return action.id();
    }
}
