package org.plenum.stats.publication;

import java.util.Arrays;
import java.util.Optional;

/** The reports frozen every month as publications. */
public enum PublishedReport {
    WOMEN_RANKING("women-ranking", "Monthly ranking of women in national parliaments"),
    WOMEN_AVERAGES("women-averages", "Women in national parliaments: world and regional averages");

    private final String id;
    private final String title;

    PublishedReport(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<PublishedReport> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(PublishedReport::id).toList());
    }
}
