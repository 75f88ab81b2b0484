package org.plenum.hubs;

import java.util.Locale;

/** A hub is regional (the parliaments of a region) or thematic (a subject, open to every parliament). */
public enum HubKind {
    REGIONAL, THEMATIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HubKind of(String id) {
        for (HubKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("\"" + id + "\" is not a hub kind: regional or thematic");
    }
}
