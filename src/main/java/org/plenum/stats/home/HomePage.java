package org.plenum.stats.home;

import java.util.Optional;

/**
 * The home page's model, every text in the reader's language.
 *
 * @param month           the month of the figures ("November 2025"), empty when nothing is published
 * @param womenShare      the world share of women in parliament (all chambers), formatted
 * @param womenDetail     what it counts ("46,000 women of 174,000 members in 270 chambers")
 * @param youngShare      the share of members aged 45 or under where ages are known, formatted
 * @param youngDetail     what it counts
 * @param mapSrc          the address of the world map of the share of women (SVG), empty when there is no ranking
 * @param mapTitle        the map's text alternative
 * @param publication     the latest publication of the women ranking ("Women ranking, November 2025, revision 1")
 * @param publicationHref its page
 */
public record HomePage(String month, Optional<String> womenShare, String womenDetail, Optional<String> youngShare,
                       String youngDetail, String mapSrc, String mapTitle, Optional<String> publication, String publicationHref) {
}
