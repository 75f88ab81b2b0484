package org.plenum.hubs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenum.hubs.Hub;
import org.plenum.hubs.HubDataException;
import org.plenum.hubs.HubKind;

/** The bundled seed as read: 11 hubs, the Pacific hub's members and hosts, the activities; errors name file, row, column. */
class HubSeedTest {

    @Test
    void theBundledSeed() {
        HubSeed.Contents seed = HubSeed.read();
        assertThat(seed.hubs()).hasSize(11);
        assertThat(seed.hubs().stream().filter(h -> h.kind() == HubKind.REGIONAL)).hasSize(5);
        assertThat(seed.hubs().stream().filter(h -> h.kind() == HubKind.THEMATIC)).hasSize(6);
        Hub pacific = seed.hubs().stream().filter(h -> h.code().equals("pacific")).findFirst().orElseThrow();
        assertThat(pacific.established()).map(Object::toString).contains("2019");
        assertThat(pacific.seedRow()).hasValue(4);
        assertThat(seed.members().stream().filter(m -> m.row().hub().equals("pacific")).map(m -> m.row().parliament()))
                .containsExactlyInAnyOrder("AU", "FM", "FJ", "MH", "NZ", "PW", "PG", "WS", "TL", "TO", "TV", "VU");
        assertThat(seed.members().stream().filter(m -> !m.row().hub().equals("pacific")).map(m -> m.row().basis()))
                .containsOnly("host");
        assertThat(seed.hosts().stream().filter(h -> h.key().startsWith("host:pacific:")).map(h -> h.row().parliament().orElseThrow()
                + " " + h.row().from().orElseThrow() + "–" + h.row().to().map(Object::toString).orElse("")))
                .containsExactly("NZ 2019–2025", "FJ 2025–");
        assertThat(seed.activities()).hasSize(12);
        assertThat(seed.activities().stream().map(a -> a.row().hub() + " " + a.row().start().map(Object::toString).orElse("")
                + " " + a.row().place())).contains("southern-african 2019-03-28 Lusaka", "east-african 2019-12-05 Uganda",
                "caribbean 2019-12-05 Port of Spain");
        assertThat(seed.hubs().stream().filter(h -> h.code().equals("public-engagement")).findFirst().orElseThrow()
                .established()).map(Object::toString).contains("2022-05");
    }

    @Test
    void aWrongRowIsRefusedNamingFileRowAndColumn() throws IOException {
        Map<String, byte[]> files = files();
        files.put(HubSeed.MEMBERS, (text(HubSeed.MEMBERS) + "pacific,KI,2019-13,,listed,https://ipu.org/node?page=167,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> HubSeed.read(files)).isInstanceOf(HubDataException.class)
                .hasMessage("dataset/hubs/hub-members.csv, row 21, column joined: \"2019-13\" is not a date of the calendar")
                .satisfies(e -> assertThat(((HubDataException) e).field()).isEqualTo("joined"));

        Map<String, byte[]> unknownHub = files();
        unknownHub.put(HubSeed.ACTIVITIES, (text(HubSeed.ACTIVITIES) + "atlantis,meeting,A meeting,2020,,,,,https://x.org,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> HubSeed.read(unknownHub)).hasMessage(
                "dataset/hubs/hub-activities.csv, row 14, column hub: no hub atlantis in hubs/hubs.csv");

        Map<String, byte[]> wrongEstablished = files();
        wrongEstablished.put(HubSeed.HUBS, text(HubSeed.HUBS).replace("pacific,4,Pacific hub,Pôle régional pour le Pacifique,regional,2019,",
                "pacific,4,Pacific hub,Pôle régional pour le Pacifique,regional,2018,").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> HubSeed.read(wrongEstablished)).hasMessageContaining(
                "dataset/hubs/hubs.csv, row 5, column established: \"2018\" but ai/innovation-hubs.csv row 5 says \"2019\"");
    }

    static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of(HubSeed.ORIGINAL, HubSeed.HUBS, HubSeed.HOSTS, HubSeed.MEMBERS, HubSeed.ACTIVITIES)) {
            files.put(name, text(name).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    static String text(String name) throws IOException {
        try (InputStream in = HubSeedTest.class.getResourceAsStream("/dataset/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
