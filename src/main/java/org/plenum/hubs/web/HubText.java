package org.plenum.hubs.web;

import java.time.YearMonth;
import java.util.Optional;
import org.plenum.hubs.HubDate;
import org.plenum.web.PageContext;

/** How the hub pages write dates as precise as their source: a year, a month in words, or a day in words. */
public final class HubText {

    private HubText() {
    }

    /** The date in the page's language, or "not known". */
    public static String date(PageContext page, Optional<HubDate> date) {
        return date.map(d -> date(page, d)).orElse(page.t("hubs.notKnown"));
    }

    public static String date(PageContext page, HubDate d) {
        if (d.hasDay()) {
            return page.date(d.firstDay());
        }
        if (d.hasMonth()) {
            return page.month(YearMonth.of(d.year(), d.month()));
        }
        return String.valueOf(d.year());
    }

    /** A period: "from … to …", "from …", or "not known". */
    public static String period(PageContext page, Optional<HubDate> from, Optional<HubDate> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return page.t("hubs.notKnown");
        }
        if (to.isEmpty()) {
            return page.t("hubs.period.since", date(page, from));
        }
        return page.t("hubs.period.fromTo", date(page, from), date(page, to));
    }

    /** The parliaments' names (country names in the page's language), separated by commas. */
    public static String names(PageContext page, org.plenum.hubs.Hubs hubs, java.util.List<String> codes) {
        return String.join(", ", codes.stream().map(c -> hubs.parliamentName(c, page.lang())).toList());
    }

    /** An activity's dates: one date, or "start – end". */
    public static String dates(PageContext page, Optional<HubDate> start, Optional<HubDate> end) {
        if (start.isEmpty()) {
            return page.t("hubs.notKnown");
        }
        return end.isEmpty() || end.equals(start) ? date(page, start) : date(page, start) + " – " + date(page, end);
    }
}
