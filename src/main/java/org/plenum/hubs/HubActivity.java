package org.plenum.hubs;

import java.util.List;
import java.util.Optional;

/**
 * Something a hub did: a meeting, webinar, training, conference or other, with its dates as the source gives them.
 *
 * @param participants who took part, in words
 * @param parliaments  the participating parliaments' country codes, where the source names them
 */
public record HubActivity(long id, String hub, ActivityKind kind, String title, Optional<HubDate> start,
                          Optional<HubDate> end, String place, String participants, List<String> parliaments,
                          String source, String note) {

    public HubActivity {
        parliaments = List.copyOf(parliaments);
    }
}
