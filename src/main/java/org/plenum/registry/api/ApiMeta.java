package org.plenum.registry.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.plenum.registry.Snapshot;

/** The {@code meta} every document carries: who publishes the data, under which terms, which version. */
public final class ApiMeta {

    static final String PUBLISHER = "Plenum, compiling data published by the Inter-Parliamentary Union, ParlGov, the World Bank, UN DESA, the CIA World Factbook and EveryPolitician; each value names its source";
    static final String LICENCE = "Each value keeps its source's licence: IPU data (women in parliament, rankings) CC BY-NC-SA 4.0; "
            + "ParlGov CC0 1.0; World Bank income groups CC BY 4.0; UN World Population Prospects CC BY 3.0 IGO; "
            + "CIA World Factbook public domain; country codes PDDL; EveryPolitician (people) licence not stated by the source. "
            + "The source of each value is given with it.";
    static final String TERMS_OF_USE = "Free to read, download and reuse under the licence of each source; cite the source named "
            + "with each value. IPU terms of use: https://www.ipu.org/terms-use";

    private ApiMeta() {
    }

    public static Map<String, Object> of(Snapshot snapshot) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("publisher", PUBLISHER);
        meta.put("licence", LICENCE);
        meta.put("terms_of_use", TERMS_OF_USE);
        meta.put("publication", snapshot.publication());
        meta.put("published_at", snapshot.publishedAt().toString());
        return meta;
    }
}
