package org.plenum.hubs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.plenum.hubs.ActivityKind;
import org.plenum.hubs.Hub;
import org.plenum.hubs.HubActivity;
import org.plenum.hubs.HubDataException;
import org.plenum.hubs.HubDate;
import org.plenum.hubs.HubHost;
import org.plenum.hubs.HubKind;
import org.plenum.hubs.HubMembership;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The bundled hub seed ({@code dataset/hubs/*.csv}, structured from {@code dataset/ai/innovation-hubs.csv}; see
 * dataset/hubs/SOURCES.md), read and checked whole: a row that cannot be taken stops the load with an error naming
 * the file, the row (as a spreadsheet numbers it: the header is row 1), the column and why.
 */
public final class HubSeed {

    /** Raised when the reading changes, so that a changed reader loads the seed again. */
    static final String READER_VERSION = "hubs-seed@1";
    static final String DIR = "/dataset/";
    static final String ORIGINAL = "ai/innovation-hubs.csv";
    static final String HUBS = "hubs/hubs.csv";
    static final String HOSTS = "hubs/hub-hosts.csv";
    static final String MEMBERS = "hubs/hub-members.csv";
    static final String ACTIVITIES = "hubs/hub-activities.csv";

    /** A seeded row with the key that keeps it from being inserted twice. */
    public record Keyed<T>(String key, T row) {
    }

    public record Contents(List<Hub> hubs, List<Keyed<HubHost>> hosts, List<Keyed<HubMembership>> members,
                           List<Keyed<HubActivity>> activities, String sha256) {
    }

    private HubSeed() {
    }

    public static Contents read() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of(ORIGINAL, HUBS, HOSTS, MEMBERS, ACTIVITIES)) {
            files.put(name, bytes(name));
        }
        return read(files);
    }

    /** Reads the seed from the given files' contents (by their names under {@code dataset/}). */
    static Contents read(Map<String, byte[]> files) {
        List<Map<String, String>> original = rows(files, ORIGINAL, List.of("hub", "kind", "host_country_iso2", "established"));
        List<Hub> hubs = new ArrayList<>();
        Map<String, Map<String, String>> hostsOfHub = new LinkedHashMap<>();
        List<Map<String, String>> hubRows = rows(files, HUBS, List.of("code", "seed_row", "name_en", "name_fr", "kind",
                "established", "coordinators", "description", "sources", "not_known"));
        for (int i = 0; i < hubRows.size(); i++) {
            Map<String, String> r = hubRows.get(i);
            String code = required(HUBS, i, r, "code");
            if (!code.matches("[a-z][a-z0-9-]{1,39}")) {
                throw error(HUBS, i, "code", "\"" + code + "\" is not a hub code (lower-case letters, digits and dashes)");
            }
            if (hostsOfHub.containsKey(code)) {
                throw error(HUBS, i, "code", "hub " + code + " appears twice");
            }
            hostsOfHub.put(code, r);
            int seedRow = integer(HUBS, i, r, "seed_row");
            if (seedRow < 1 || seedRow > original.size()) {
                throw error(HUBS, i, "seed_row", seedRow + " is not a row of " + ORIGINAL + " (1 to " + original.size() + ")");
            }
            Map<String, String> seed = original.get(seedRow - 1);
            String nameEn = required(HUBS, i, r, "name_en");
            if (!seed.get("hub").startsWith(nameEn)) {
                throw error(HUBS, i, "name_en", "\"" + nameEn + "\" is not the hub of " + ORIGINAL + " row " + (seedRow + 1)
                        + " (\"" + seed.get("hub") + "\")");
            }
            int row = i;
            HubKind kind = parse(HUBS, i, "kind", () -> HubKind.of(required(HUBS, row, r, "kind")));
            if (!kind.id().equals(seed.get("kind"))) {
                throw error(HUBS, i, "kind", kind.id() + " but " + ORIGINAL + " row " + (seedRow + 1) + " says " + seed.get("kind"));
            }
            Optional<HubDate> established = date(HUBS, i, r, "established");
            if (!established.map(HubDate::toString).orElse("").equals(seed.get("established").strip())) {
                throw error(HUBS, i, "established", "\"" + r.get("established") + "\" but " + ORIGINAL + " row "
                        + (seedRow + 1) + " says \"" + seed.get("established") + "\"");
            }
            hubs.add(new Hub(code, nameEn, required(HUBS, i, r, "name_fr"), kind, established,
                    r.get("coordinators").strip(), required(HUBS, i, r, "description"),
                    Arrays.stream(required(HUBS, i, r, "sources").split(";")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList(),
                    r.get("not_known").strip(), OptionalInt.of(seedRow), 1, List.of(), List.of(), List.of()));
        }

        List<Keyed<HubHost>> hosts = new ArrayList<>();
        List<Map<String, String>> hostRows = rows(files, HOSTS, List.of("hub", "parliament", "name", "role", "from", "to",
                "source", "note"));
        for (int i = 0; i < hostRows.size(); i++) {
            Map<String, String> r = hostRows.get(i);
            String hub = hub(HOSTS, i, r, hostsOfHub);
            Optional<String> parliament = optionalParliament(HOSTS, i, r);
            String role = required(HOSTS, i, r, "role");
            if (!List.of("host", "coordinator", "initiator").contains(role)) {
                throw error(HOSTS, i, "role", "\"" + role + "\" is not host, coordinator or initiator");
            }
            Optional<HubDate> from = date(HOSTS, i, r, "from");
            Optional<HubDate> to = date(HOSTS, i, r, "to");
            order(HOSTS, i, "to", from, to);
            String name = required(HOSTS, i, r, "name");
            hosts.add(new Keyed<>("host:" + hub + ":" + name + ":" + from.map(HubDate::toString).orElse(""),
                    new HubHost(0, parliament, name, role, from, to, source(HOSTS, i, r), r.get("note").strip())));
        }

        List<Keyed<HubMembership>> members = new ArrayList<>();
        List<Map<String, String>> memberRows = rows(files, MEMBERS, List.of("hub", "parliament", "joined", "left", "basis",
                "source", "note"));
        for (int i = 0; i < memberRows.size(); i++) {
            Map<String, String> r = memberRows.get(i);
            String hub = hub(MEMBERS, i, r, hostsOfHub);
            int row = i;
            String parliament = optionalParliament(MEMBERS, i, r)
                    .orElseThrow(() -> error(MEMBERS, row, "parliament", "empty"));
            String basis = required(MEMBERS, i, r, "basis");
            if (!List.of("host", "listed").contains(basis)) {
                throw error(MEMBERS, i, "basis", "\"" + basis + "\" is not host or listed (the seed's bases)");
            }
            Optional<HubDate> joined = date(MEMBERS, i, r, "joined");
            Optional<HubDate> left = date(MEMBERS, i, r, "left");
            order(MEMBERS, i, "left", joined, left);
            String key = "member:" + hub + ":" + parliament;
            if (members.stream().anyMatch(k -> k.key().equals(key))) {
                throw error(MEMBERS, row, "parliament", parliament + " is listed twice for hub " + hub);
            }
            members.add(new Keyed<>(key, new HubMembership(0, hub, parliament, joined, left, basis,
                    source(MEMBERS, i, r), r.get("note").strip())));
        }

        List<Keyed<HubActivity>> activities = new ArrayList<>();
        List<Map<String, String>> activityRows = rows(files, ACTIVITIES, List.of("hub", "kind", "title", "start", "end",
                "place", "participants", "parliaments", "source", "note"));
        for (int i = 0; i < activityRows.size(); i++) {
            Map<String, String> r = activityRows.get(i);
            String hub = hub(ACTIVITIES, i, r, hostsOfHub);
            int row = i;
            ActivityKind kind = parse(ACTIVITIES, i, "kind", () -> ActivityKind.of(required(ACTIVITIES, row, r, "kind")));
            Optional<HubDate> start = date(ACTIVITIES, i, r, "start");
            Optional<HubDate> end = date(ACTIVITIES, i, r, "end");
            order(ACTIVITIES, i, "end", start, end);
            List<String> parliaments = r.get("parliaments").isBlank() ? List.of()
                    : List.of(r.get("parliaments").strip().split("\\s+"));
            for (String p : parliaments) {
                if (!p.matches("[A-Z]{2}")) {
                    throw error(ACTIVITIES, i, "parliaments", "\"" + p + "\" is not a country code (two capital letters)");
                }
            }
            String title = required(ACTIVITIES, i, r, "title");
            activities.add(new Keyed<>("activity:" + hub + ":" + title, new HubActivity(0, hub, kind, title, start, end,
                    r.get("place").strip(), r.get("participants").strip(), parliaments, source(ACTIVITIES, i, r),
                    r.get("note").strip())));
        }
        return new Contents(hubs, hosts, members, activities, sha256(files));
    }

    private static String hub(String file, int i, Map<String, String> r, Map<String, Map<String, String>> hubs) {
        String hub = required(file, i, r, "hub");
        if (!hubs.containsKey(hub)) {
            throw error(file, i, "hub", "no hub " + hub + " in " + HUBS);
        }
        return hub;
    }

    private static Optional<String> optionalParliament(String file, int i, Map<String, String> r) {
        String p = r.get("parliament").strip();
        if (p.isEmpty()) {
            return Optional.empty();
        }
        if (!p.matches("[A-Z]{2}")) {
            throw error(file, i, "parliament", "\"" + p + "\" is not a country code (two capital letters)");
        }
        return Optional.of(p);
    }

    private static String source(String file, int i, Map<String, String> r) {
        String source = required(file, i, r, "source");
        if (!source.startsWith("https://")) {
            throw error(file, i, "source", "\"" + source + "\" is not an https address");
        }
        return source;
    }

    private static void order(String file, int i, String column, Optional<HubDate> from, Optional<HubDate> to) {
        if (from.isPresent() && to.isPresent() && to.get().lastDay().isBefore(from.get().firstDay())) {
            throw error(file, i, column, to.get() + " is before " + from.get());
        }
    }

    private static Optional<HubDate> date(String file, int i, Map<String, String> r, String column) {
        return parse(file, i, column, () -> HubDate.parse(r.get(column)));
    }

    private static <T> T parse(String file, int i, String column, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw error(file, i, column, e.getMessage());
        }
    }

    private static String required(String file, int i, Map<String, String> r, String column) {
        String value = r.get(column);
        if (value == null || value.isBlank()) {
            throw error(file, i, column, "empty");
        }
        return value.strip();
    }

    private static int integer(String file, int i, Map<String, String> r, String column) {
        String value = required(file, i, r, column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(file, i, column, "\"" + value + "\" is not a whole number");
        }
    }

    static HubDataException error(String file, int index, String column, String why) {
        return new HubDataException(column, "dataset/" + file + ", row " + (index + 2) + ", column "
                + column + ": " + why);
    }

    private static List<Map<String, String>> rows(Map<String, byte[]> files, String file, List<String> columns) {
        byte[] content = files.get(file);
        if (content == null) {
            throw new HubDataException("file", "bundled file dataset/" + file + " is missing");
        }
        CsvMapper csv = CsvMapper.builder().build();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new String(content, StandardCharsets.UTF_8))) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        if (rows.isEmpty()) {
            throw new HubDataException("file", "dataset/" + file + " has no rows");
        }
        for (String column : columns) {
            if (!rows.get(0).containsKey(column)) {
                throw new HubDataException(column, "dataset/" + file + ", row 1: no column " + column);
            }
        }
        return rows;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = HubSeed.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new HubDataException("file", "bundled file dataset/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset/" + name, e);
        }
    }

    private static String sha256(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((READER_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
