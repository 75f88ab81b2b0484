package org.plenum.exchange.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * States one {@code country_name} per country, {@link ValidTime#always()}, merged from the two files that
 * name countries: the English name is IPU's own ({@code country_ipu_name} of {@code ipu-regions.csv}:
 * "Bolivia (Plurinational State of)", "Gambia (The)", "Türkiye") where IPU has one, otherwise the UN/ISO
 * name of {@code country-codes.csv}; the French name is that of {@code country-codes.csv} (IPU's file has
 * none). IPU's names are the ones its ranking is ordered by and the ones its exports print.
 *
 * <p>The fact is the same whichever of the two files an import holds: a file not in the import is taken
 * from the bundled copy. With {@code country-codes.csv} in the import, every country it names gets the
 * fact; with only {@code ipu-regions.csv}, every country that file names. The source names both rows:
 * {@code country-codes.csv row 5; IPU name: ipu-regions.csv row 3}.
 */
final class CountryNameFacts {

    private CountryNameFacts() {
    }

    /**
     * @param codes    the country codes and names of this import's {@code country-codes.csv}, or empty
     * @param ipuNames the names of this import's {@code ipu-regions.csv}, or empty
     */
    static void state(Optional<CountryCodes> codes, Optional<IpuNames> ipuNames, ReaderOutput out) {
        if (codes.isEmpty() && ipuNames.isEmpty()) {
            return;
        }
        CountryCodes unNames = codes.orElseGet(CountryCodes::bundled);
        IpuNames ipu = ipuNames.orElseGet(IpuNames::bundled);
        if (codes.isPresent()) {
            for (Map.Entry<String, CountryCodes.Names> entry : new TreeMap<>(unNames.allNames()).entrySet()) {
                state(entry.getKey(), Optional.of(entry.getValue()), ipu.of(entry.getKey()), out);
            }
        } else {
            for (Map.Entry<String, IpuNames.IpuName> entry : new TreeMap<>(ipu.all()).entrySet()) {
                state(entry.getKey(), unNames.names(entry.getKey()), Optional.of(entry.getValue()), out);
            }
        }
    }

    private static void state(String alpha2, Optional<CountryCodes.Names> un, Optional<IpuNames.IpuName> ipu,
                              ReaderOutput out) {
        String english = ipu.map(IpuNames.IpuName::name).orElseGet(() -> un.map(CountryCodes.Names::english).orElse(""));
        if (english.isEmpty()) {
            return;
        }
        String french = un.map(CountryCodes.Names::french).orElse("");
        String source = un.map(CountryCodes.Names::source)
                .map(s -> ipu.map(i -> s + "; IPU name: " + i.source()).orElse(s))
                .orElseGet(() -> ipu.get().source());
        List<CountryRenames.FormerName> former = CountryRenames.of(alpha2);
        if (former.isEmpty()) {
            out.fact(EntityRef.country(alpha2), "country_name", ValidTime.always(),
                    FactValue.of(TranslatedText.of(english, french)), source);
            return;
        }
        // IPU's former names, each until its last day, then the current one (a past month prints the name of the time)
        for (int i = 0; i < former.size(); i++) {
            CountryRenames.FormerName name = former.get(i);
            ValidTime validTime = i == 0 ? ValidTime.always() : ValidTime.from(former.get(i - 1).until().plusDays(1));
            out.fact(EntityRef.country(alpha2), "country_name", validTime, FactValue.of(TranslatedText.of(name.english(),
                    name.french())), "name used until " + name.until() + ": " + name.source(),
                    CountryRenames.RESOURCE.substring(1) + "; " + source);
        }
        out.fact(EntityRef.country(alpha2), "country_name", ValidTime.from(former.get(former.size() - 1).until().plusDays(1)),
                FactValue.of(TranslatedText.of(english, french)), source);
    }
}
