package org.plenum.hubs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An innovation hub of IPU's Centre for Innovation in Parliament, with its hosts over time, members and activities.
 *
 * @param established when it was established, as precise as known (empty: not known)
 * @param sources     the source addresses
 * @param notKnown    what the sources do not say about it, in words
 * @param seedRow     its row in the bundled {@code dataset/ai/innovation-hubs.csv} (empty: added by an editor)
 * @param version     raised by every editor's change: a form made from an older version is refused
 */
public record Hub(String code, String nameEn, String nameFr, HubKind kind, Optional<HubDate> established,
                  String coordinators, String description, List<String> sources, String notKnown, OptionalInt seedRow,
                  int version, List<HubHost> hosts, List<HubMembership> members, List<HubActivity> activities) {

    public Hub {
        sources = List.copyOf(sources);
        hosts = List.copyOf(hosts);
        members = List.copyOf(members);
        activities = List.copyOf(activities);
    }

    /** The name in {@code language} ({@code fr}: French, else English). */
    public String name(String language) {
        return "fr".equals(language) ? nameFr : nameEn;
    }

    /** The hosts without an end date (the current ones, as far as known). */
    public List<HubHost> currentHosts() {
        return hosts.stream().filter(h -> h.to().isEmpty()).toList();
    }

    /** The memberships without a leave date. */
    public List<HubMembership> currentMembers() {
        return members.stream().filter(m -> m.left().isEmpty()).toList();
    }
}
