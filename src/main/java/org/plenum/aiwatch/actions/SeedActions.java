package org.plenum.aiwatch.actions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.aiwatch.ActionSource;
import org.plenum.aiwatch.ActionStatus;
import org.plenum.aiwatch.ActionType;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.PolicyAction;

/**
 * The seed's two action files as actions (decisions 0062, 0065): {@code ai-policy-actions.csv} (IPU's) then
 * {@code ai-policy-actions-supplementary-nonIPU.csv} (other publishers, named in {@code source_publisher}), in file
 * order. Types and statuses map to the fixed vocabularies; the seed's own words are kept as the status note; the one
 * {@code date} goes to the field its status says (adopted or completed: adopted; in force: in force; otherwise
 * introduced); chambers become Plenum's codes ({@link ChamberNames}); the English title of a title in another language
 * is Plenum's ({@code action-titles-en.csv}). A row that cannot be read stops the load with the file, row, column
 * and reason.
 */
final class SeedActions {

    static final String IPU_FILE = "ai-policy-actions.csv";
    static final String OTHER_FILE = "ai-policy-actions-supplementary-nonIPU.csv";
    static final List<String> FILES = List.of(IPU_FILE, OTHER_FILE, "action-titles-en.csv", "action-chamber-names.csv");
    private static final List<String> COLUMNS = List.of("country_iso2", "country", "chamber", "action_type", "title",
            "date", "status", "summary", "source_url", "source_seen");

    private static final Map<String, ActionType> TYPES = Map.of(
            "law", ActionType.LAW, "bill", ActionType.BILL, "resolution", ActionType.RESOLUTION,
            "report", ActionType.REPORT, "inquiry", ActionType.INQUIRY, "other", ActionType.OTHER,
            "internal_ai_policy", ActionType.GUIDELINE, "committee_or_working_group", ActionType.COMMITTEE,
            "policy_discussion", ActionType.DEBATE, "legislative_review", ActionType.OTHER);

    private static final Map<String, ActionStatus> STATUSES = Map.of(
            "", ActionStatus.UNKNOWN, "introduced", ActionStatus.INTRODUCED, "ongoing", ActionStatus.ONGOING,
            "adopted", ActionStatus.ADOPTED, "approved", ActionStatus.ADOPTED, "completed", ActionStatus.COMPLETED,
            "in force", ActionStatus.IN_FORCE, "lapsed (did not become law)", ActionStatus.LAPSED,
            "passed senate; sent to chamber of deputies", ActionStatus.ONGOING);

    private SeedActions() {
    }

    /** An action read from the seed, without its id yet, and the chamber names the registry does not know. */
    record Seed(String seedKey, ActionRecord draft, List<String> unknownChambers) {
    }

    static List<Seed> read(ChamberNames chambers, java.util.function.Predicate<String> countryExists) {
        Map<String, String[]> titles = new HashMap<>();
        for (SeedFiles.Row row : SeedFiles.rows("action-titles-en.csv",
                List.of("file", "row", "country_iso2", "language", "title_english"))) {
            titles.put(row.cell("file") + " row " + row.cell("row"),
                    new String[] {row.cell("language"), row.cell("title_english"), row.cell("country_iso2")});
        }
        List<Seed> seeds = new ArrayList<>();
        for (String file : List.of(IPU_FILE, OTHER_FILE)) {
            boolean ipu = file.equals(IPU_FILE);
            List<String> columns = new ArrayList<>(COLUMNS);
            if (!ipu) {
                columns.add("source_publisher");
            }
            for (SeedFiles.Row row : SeedFiles.rows(file, columns)) {
                seeds.add(seed(row, ipu, chambers, countryExists, titles));
            }
        }
        for (Map.Entry<String, String[]> t : titles.entrySet()) {
            if (seeds.stream().noneMatch(s -> s.seedKey().equals(t.getKey())
                    && s.draft().action().country().equals(t.getValue()[2]))) {
                throw new SeedFiles.SeedException(SeedFiles.FOLDER + "action-titles-en.csv: " + t.getKey()
                        + " is no action of " + t.getValue()[2] + " in the seed");
            }
        }
        return seeds;
    }

    private static Seed seed(SeedFiles.Row row, boolean ipu, ChamberNames chambers,
                             java.util.function.Predicate<String> countryExists, Map<String, String[]> titles) {
        String seedKey = row.file() + " row " + row.row();
        String country = row.cell("country_iso2");
        if (!country.equals("EU") && !countryExists.test(country)) {
            throw new SeedFiles.SeedException(row.where("country_iso2") + ": '" + country
                    + "' is no country of the registry (ISO 3166-1 alpha-2, or EU)");
        }
        String typeWord = row.cell("action_type");
        ActionType type = TYPES.get(typeWord);
        if (type == null) {
            throw new SeedFiles.SeedException(row.where("action_type") + ": '" + typeWord + "' is not one of "
                    + String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        String statusWords = row.cell("status");
        ActionStatus status = STATUSES.get(statusWords.toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new SeedFiles.SeedException(row.where("status") + ": '" + statusWords + "' has no status of "
                    + "decision 0062");
        }
        List<String> note = new ArrayList<>();
        if (typeWord.equals("legislative_review")) {
            note.add("legislative review");
        }
        if (!statusWords.isEmpty() && !statusWords.equals(status.code())) {
            note.add(statusWords);
        }
        Optional<PartialDate> date;
        try {
            date = row.cell("date").isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(row.cell("date")));
        } catch (IllegalArgumentException e) {
            throw new SeedFiles.SeedException(row.where("date") + ": " + e.getMessage());
        }
        Optional<PartialDate> introduced = Optional.empty();
        Optional<PartialDate> adopted = Optional.empty();
        Optional<PartialDate> inForce = Optional.empty();
        switch (status) {
            case ADOPTED, COMPLETED -> adopted = date;
            case IN_FORCE -> inForce = date;
            default -> introduced = date;
        }
        String title = row.cell("title");
        if (title.isEmpty()) {
            throw new SeedFiles.SeedException(row.where("title") + ": empty");
        }
        String[] translation = titles.get(seedKey);
        String language = translation == null ? "en" : translation[0];
        String english = translation == null ? title : translation[1];
        String publisher = ipu ? ActionRecord.IPU : row.cell("source_publisher");
        if (publisher.isEmpty()) {
            throw new SeedFiles.SeedException(row.where("source_publisher") + ": empty (the non-IPU file names each "
                    + "row's publisher)");
        }
        String url = row.cell("source_url");
        if (!url.startsWith("http")) {
            throw new SeedFiles.SeedException(row.where("source_url") + ": '" + url + "' is not a web address");
        }
        ChamberNames.Resolved resolved = country.equals("EU")
                ? new ChamberNames.Resolved(List.of(), row.cell("chamber").isEmpty() ? List.of() : List.of(row.cell("chamber")))
                : chambers.resolve(country, row.cell("chamber"));
        PolicyAction action = new PolicyAction("", country, resolved.chambers(), type, title, english, language,
                introduced, adopted, inForce, status, String.join("; ", note), row.cell("summary"),
                List.of(new ActionSource(url, publisher, row.cell("source_seen"))), List.of(), ipu, null, null);
        String origin = ipu ? "IPU: " + SeedFiles.FOLDER + seedKey : publisher + " (not IPU): " + SeedFiles.FOLDER + seedKey;
        return new Seed(seedKey, new ActionRecord(action, publisher, row.cell("chamber"), origin, seedKey, 0),
                resolved.unknown().stream().map(n -> SeedFiles.FOLDER + seedKey + ", column chamber: '" + n
                        + "' is no chamber of " + country + " in the registry").toList());
    }
}
