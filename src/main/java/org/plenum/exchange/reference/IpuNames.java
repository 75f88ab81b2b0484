package org.plenum.exchange.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.ReaderOutput;

/**
 * The names IPU writes for countries ({@code country_ipu_name} of {@code ipu-regions.csv}), e.g.
 * "Bolivia (Plurinational State of)", "Gambia (The)", "Türkiye", by ISO alpha-2 code, with the row each
 * comes from.
 */
final class IpuNames {

    private static final String BUNDLED = "/dataset/reference/ipu-regions.csv";
    private static volatile IpuNames bundled;

    record IpuName(String name, String source) {
    }

    private final Map<String, IpuName> byCode = new LinkedHashMap<>();

    void add(String alpha2, String name, String source) {
        byCode.put(alpha2, new IpuName(name, source));
    }

    Optional<IpuName> of(String alpha2) {
        return Optional.ofNullable(byCode.get(alpha2));
    }

    /** Every country IPU names, by alpha-2 code, in the order of the file. */
    Map<String, IpuName> all() {
        return Map.copyOf(byCode);
    }

    /** The names of the {@code ipu-regions.csv} bundled with Plenum (read once). */
    static IpuNames bundled() {
        IpuNames names = bundled;
        if (names == null) {
            names = load();
            bundled = names;
        }
        return names;
    }

    private static IpuNames load() {
        try (InputStream in = IpuNames.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled resource " + BUNDLED + " is missing");
            }
            ReaderOutput ignored = new ReaderOutput();
            IpuNames names = IpuRegionsFile.read(CsvFile.parse(new InputFile("ipu-regions.csv", in.readAllBytes())),
                    CountryCodes.bundled(), ignored);
            if (!ignored.rejected().isEmpty()) {
                throw new IllegalStateException("the bundled " + BUNDLED + " has rejected rows: " + ignored.rejected());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled resource " + BUNDLED, e);
        }
    }
}
