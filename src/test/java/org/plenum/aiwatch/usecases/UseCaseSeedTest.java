package org.plenum.aiwatch.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenum.aiwatch.UseCase;
import org.plenum.aiwatch.UseCases;
import org.plenum.registry.PublishedRegistry;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The bundled seed of IPU's use cases, as loaded at start on the website's database. */
class UseCaseSeedTest extends WebsiteTest {

    @Autowired
    UseCases useCases;

    @Autowired
    JdbcUseCases store;

    @Autowired
    UseCaseCategories categories;

    @Autowired
    PublishedRegistry registry;

    @Test
    void everyIpuUseCaseOfTheSeedIsLoaded() {
        List<UseCase> ipu = useCases.all().stream().filter(UseCase::ipu).toList();
        assertThat(ipu).hasSize(26);
        assertThat(ipu).extracting(UseCase::id).contains("005", "011", "016", "023", "061", "064", "072");
        assertThat(ipu).allSatisfy(u -> {
            assertThat(u.source()).startsWith("https://www.ipu.org/ai-use-cases/");
            assertThat(u.english().title()).isNotBlank();
            assertThat(u.date()).isPresent();
        });
        UseCase hans = useCases.find("016").orElseThrow();
        assertThat(hans.english().title()).isEqualTo("AI-powered verbatim records system (HANS)");
        assertThat(hans.date().orElseThrow()).hasToString("2024-06-05");
        assertThat(ipu).extracting(UseCase::country).containsOnly("IT", "EE", "BR", "IL", "CL", "BH", "CA");
    }

    @Test
    void everyChamberOfTheSeedIsTheRegistrysChamber() {
        Map<String, String> chambers = store.entries().stream().filter(e -> e.useCase().ipu())
                .collect(Collectors.toMap(LibraryEntry::id, e -> e.useCase().chamber().orElse("none")));
        assertThat(chambers).containsEntry("005", "IT-LC01").containsEntry("024", "IT-UC02")
                .containsEntry("016", "EE-LC01").containsEntry("023", "BR-LC01").containsEntry("069", "BR-UC02")
                .containsEntry("047", "IL-LC01").containsEntry("051", "CL-LC01").containsEntry("061", "BH-LC01")
                .containsEntry("064", "BH-UC02").containsEntry("066", "CA-LC01");
        assertThat(chambers.values()).doesNotContain("none");
    }

    @Test
    void categoriesAreIpusWhereTheSeedGivesThemAndPlenumsElsewhere() {
        Map<String, UseCase> byId = useCases.all().stream().collect(Collectors.toMap(UseCase::id, Function.identity()));
        assertThat(byId.get("023").category()).isEqualTo("public-engagement");
        assertThat(byId.get("023").categoryByIpu()).isTrue();
        assertThat(byId.get("064").category()).isEqualTo("chatbots");
        assertThat(byId.get("064").categoryByIpu()).isTrue();
        assertThat(byId.get("061").categoryByIpu()).as("SOURCES.md says IPU's page showed it").isTrue();
        assertThat(byId.get("011").category()).isEqualTo("chatbots");
        assertThat(byId.get("011").categoryByIpu()).isFalse();
        assertThat(byId.get("016").category()).isEqualTo("transcription");
        assertThat(byId.values().stream().filter(UseCase::categoryByIpu)).hasSize(6);
        assertThat(byId.values()).allSatisfy(u -> assertThat(categories.find(u.category())).isPresent());
        assertThat(categories.list()).extracting(UseCaseCategory::code).startsWith("public-engagement", "chatbots");
        assertThat(categories.find("public-engagement").orElseThrow().nameByIpu()).isTrue();
        assertThat(categories.find("transcription").orElseThrow().nameByIpu()).isFalse();
    }

    @Test
    void restNotReadIsKeptVisible() {
        assertThat(useCases.find("027").orElseThrow().english().dataRequirements()).contains("(rest not read)");
        assertThat(useCases.find("067").orElseThrow().english().expectedResults()).contains("(rest not read)");
    }

    @Test
    void aChamberTheRegistryLacksIsKeptAndReportedAndAnUnknownCountryRefusesTheSeed() {
        String csv = new String(SeedFiles.bytes(UseCaseSeed.USE_CASES), StandardCharsets.UTF_8);
        byte[] classification = SeedFiles.bytes(UseCaseSeed.CLASSIFICATION);
        byte[] french = SeedFiles.bytes(UseCaseSeed.FRENCH);
        String withUnknownChamber = csv.replace(",Estonia,Riigikogu,", ",Estonia,Upper House of Estonia,");
        UseCaseSeed.Result result = UseCaseSeed.read(registry.current(), categories, Instant.now(),
                withUnknownChamber.getBytes(StandardCharsets.UTF_8), classification, french);
        assertThat(result.entries()).hasSize(26);
        LibraryEntry hans = result.entries().stream().filter(e -> e.id().equals("016")).findFirst().orElseThrow();
        assertThat(hans.useCase().chamber()).isEqualTo(Optional.empty());
        assertThat(hans.chamberAsNamed()).isEqualTo("Upper House of Estonia");
        assertThat(hans.chamberNotInRegistry()).isTrue();
        assertThat(result.warnings()).containsExactly("ai-use-cases.csv row 4, column chamber: 'Upper House of "
                + "Estonia' is no chamber of EE in Plenum's registry; kept as named, without a link");

        String withUnknownCountry = csv.replace(",Estonia,Riigikogu,", ",Atlantis,Riigikogu,");
        assertThatThrownBy(() -> UseCaseSeed.read(registry.current(), categories, Instant.now(),
                withUnknownCountry.getBytes(StandardCharsets.UTF_8), classification, french))
                .hasMessageContaining("ai-use-cases.csv row 4, column country: 'Atlantis' is no country of Plenum's "
                        + "registry");
    }

    @Autowired
    BundledUseCases bundled;

    @Test
    void reloadingTheSameFilesChangesNothing() {
        assertThat(bundled.load()).isZero();
        assertThat(store.entries()).hasSizeGreaterThanOrEqualTo(26);
    }
}
