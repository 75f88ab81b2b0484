package org.plenum.aiwatch.usecases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The library's categories, in the order shown, from {@code dataset/ai/ai-use-case-categories.csv} (code, English
 * and French names, and who named it: {@code ipu} for the names seen on IPU's use-case pages, {@code plenum} for those
 * Plenum's editors added for the use cases whose category IPU's stored pages do not show).
 */
@Component
public class UseCaseCategories {

    static final String FILE = "ai-use-case-categories.csv";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, UseCaseCategory> byCode;
    private final List<UseCaseCategory> ordered;

    public UseCaseCategories() {
        this(read());
    }

    UseCaseCategories(List<UseCaseCategory> categories) {
        Map<String, UseCaseCategory> map = new LinkedHashMap<>();
        categories.forEach(c -> map.put(c.code(), c));
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(categories);
    }

    /** Every category, in the file's order. */
    public List<UseCaseCategory> list() {
        return ordered;
    }

    public Optional<UseCaseCategory> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The category whose English name is {@code name} (as IPU's pages and the seed write it), ignoring case. */
    public Optional<UseCaseCategory> byEnglishName(String name) {
        return ordered.stream().filter(c -> c.nameEnglish().equalsIgnoreCase(name.strip())).findFirst();
    }

    static List<UseCaseCategory> read() {
        try (InputStream in = new ClassPathResource(SeedFiles.FOLDER + FILE).getInputStream()) {
            List<UseCaseCategory> categories = new ArrayList<>();
            for (SeedFiles.Row row : SeedFiles.rows(FILE, in.readAllBytes(),
                    List.of("code", "name_en", "name_fr", "named_by"))) {
                int line = row.number();
                String code = row.get("code");
                if (!CODE.matcher(code).matches()) {
                    throw new IllegalStateException(FILE + " row " + line + ", column code: '" + code
                            + "' is not a code (lower-case words joined by dashes)");
                }
                for (String column : List.of("name_en", "name_fr")) {
                    if (row.get(column).isBlank()) {
                        throw new IllegalStateException(FILE + " row " + line + ", column " + column + ": empty");
                    }
                }
                String by = row.get("named_by");
                if (!by.equals("ipu") && !by.equals("plenum")) {
                    throw new IllegalStateException(FILE + " row " + line + ", column named_by: '" + by
                            + "' is neither ipu nor plenum");
                }
                if (categories.stream().anyMatch(c -> c.code().equals(code))) {
                    throw new IllegalStateException(FILE + " row " + line + ", column code: '" + code
                            + "' is listed twice");
                }
                categories.add(new UseCaseCategory(code, row.get("name_en"), row.get("name_fr"), by.equals("ipu")));
            }
            return categories;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SeedFiles.FOLDER + FILE, e);
        }
    }
}
