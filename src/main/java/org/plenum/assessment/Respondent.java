package org.plenum.assessment;

import java.util.Optional;

/**
 * Who a response is from. For the e-Parliament survey a chamber (key = chamber code, e.g. {@code ES-LC01}); for an
 * imported survey with several respondents per chamber (the legislative-openness survey: civil society and parliament
 * staff) a key of the import's own (e.g. {@code lo-2016-03}) with the chamber it is about; for the synthetic
 * demonstration set {@code synthetic-001}… with no chamber and no country, only a region and an income group.
 *
 * @param key         unique within an edition; stable across re-imports
 * @param chamber     the chamber answered for (Plenum's code), when known
 * @param country     the country (ISO alpha-2), when known
 * @param label       the name shown: the chamber's name, "Synthetic chamber 001", or the respondent organisation
 * @param organisation who answered when it is not the chamber itself (e.g. a civil-society group); empty otherwise
 * @param region      the IPU region (taxonomy {@code ipu_region}, e.g. {@code europe}) at the time of answering
 * @param incomeGroup the World Bank income group (taxonomy {@code income_group}, e.g. {@code high_income}) at the
 *                    time of answering
 * @param synthetic   whether this is generated demonstration data: labelled "synthetic" wherever it is shown
 */
public record Respondent(String key, Optional<String> chamber, Optional<String> country, String label,
                         String organisation, Optional<String> region, Optional<String> incomeGroup,
                         boolean synthetic) {
}
