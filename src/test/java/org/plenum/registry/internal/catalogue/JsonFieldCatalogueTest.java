package org.plenum.registry.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityType;
import org.plenum.registry.Field;
import org.plenum.registry.SeriesKind;

class JsonFieldCatalogueTest {

    private final JsonFieldCatalogue catalogue = JsonFieldCatalogue.bundled();

    @Test
    void theBundledCatalogueHasEveryFieldTheIssueAsksFor() {
        assertThat(catalogue.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
        assertThat(catalogue.fields(EntityType.CHAMBER)).extracting(Field::id).contains(
                "chamber_name", "struct_parl_status", "statutory_members_number", "current_members_number",
                "current_women_number", "current_men_number", "current_women_percent", "last_election", "electoral_system",
                "parliamentary_term", "eligibility_age", "age_average", "total_younger_30_percentage", "total_younger_40_percentage",
                "total_younger_45_percentage", "is_suspended_chamber");
        assertThat(catalogue.fields(EntityType.PARLIAMENT)).extracting(Field::id).contains("structure_of_parliament");
        assertThat(catalogue.fields(EntityType.COUNTRY)).extracting(Field::id).contains("country_name", "iso_alpha3_code",
                "region", "income_group", "population_female_100_plus", "population_male_00_04");
        assertThat(catalogue.fields(EntityType.PERSON)).extracting(Field::id).containsExactly(
                "person_name", "first_name", "family_name", "gender", "birth_date", "death_date", "chamber_membership");
        assertThat(catalogue.fields()).hasSize(102);
    }

    @Test
    void computedFieldsSayHow() {
        Field percent = catalogue.field(EntityType.CHAMBER, "current_women_percent").orElseThrow();
        assertThat(percent.computed()).isTrue();
        assertThat(percent.formula().orElseThrow()).contains("current_women_number / current_members_number");
        assertThat(percent.dataType()).isEqualTo(DataType.DECIMAL);
        assertThat(percent.precision()).isEqualTo(1);
        assertThat(percent.seriesKind()).isEqualTo(SeriesKind.SERIES);
        assertThat(percent.label()).containsEntry("fr", "Pourcentage de femmes");
        assertThat(catalogue.field(EntityType.CHAMBER, "current_men_number").orElseThrow().computed()).isTrue();
        assertThat(catalogue.field(EntityType.CHAMBER, "current_women_number").orElseThrow().computed()).isFalse();
    }

    @Test
    void everyTaxonomyFieldHasItsTaxonomyAndEveryTermIsBilingual() {
        for (Field field : catalogue.fields()) {
            if (field.dataType() == DataType.TAXONOMY_TERM) {
                assertThat(catalogue.taxonomy(field.taxonomy().orElseThrow())).as(field.id()).isPresent();
            }
        }
        catalogue.taxonomies().forEach(t -> t.terms().forEach(term ->
                assertThat(term.label()).as(t.id() + "." + term.id()).containsKeys("en", "fr")));
        assertThat(catalogue.taxonomy("struct_parl_status").orElseThrow().terms())
                .extracting(term -> term.id()).containsExactly("unicameral", "lower_chamber", "upper_chamber");
        assertThat(catalogue.taxonomy("gender").orElseThrow().terms())
                .extracting(term -> term.id()).containsExactly("female", "male", "other");
        assertThat(catalogue.field(EntityType.PERSON, "gender").orElseThrow().taxonomy()).contains("gender");
        assertThat(catalogue.field(EntityType.PERSON, "chamber_membership").orElseThrow().dataType()).isEqualTo(DataType.REFERENCE);
        assertThat(catalogue.field(EntityType.PERSON, "chamber_membership").orElseThrow().seriesKind()).isEqualTo(SeriesKind.SERIES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"fields":[],"taxonomies":[]}|'version' is missing
            {"version":"1","taxonomies":[]}|no 'fields' list
            {"version":"1","taxonomies":[],"fields":[{"id":"x","entity":"planet"}]}|field x: unknown entity 'planet'
            {"version":"1","taxonomies":[],"fields":[{"id":"x","entity":"chamber","data_type":"colour","series_kind":"single"}]}|field x of chamber: unknown data_type 'colour'
            {"version":"1","taxonomies":[],"fields":[{"id":"x","entity":"chamber","data_type":"taxonomy_term","series_kind":"single","taxonomy":"t"}]}|field x of chamber: a taxonomy_term field needs an existing taxonomy, not t
            {"version":"1","taxonomies":[],"fields":[{"id":"x","entity":"chamber","data_type":"integer","series_kind":"often"}]}|field x of chamber: unknown series_kind 'often'
            {"version":"1","taxonomies":[],"fields":[{"id":"x","entity":"chamber","data_type":"integer","series_kind":"single","precision":0,"update_frequency":"monthly","label":{"en":"X"},"definition":{"en":"X","fr":"X"}}]}|field x of chamber: label in 'fr' is missing
            not json|not valid JSON
            """)
    void aBrokenCatalogueNamesTheFieldAndTheProblem(String json, String message) {
        assertThatThrownBy(() -> JsonFieldCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aFieldDefinedTwiceIsRefused() {
        String field = """
                {"id":"x","entity":"chamber","data_type":"integer","series_kind":"single","precision":0,
                 "update_frequency":"monthly","label":{"en":"X","fr":"X"},"definition":{"en":"X","fr":"X"}}""";
        String json = "{\"version\":\"1\",\"taxonomies\":[],\"fields\":[" + String.join(",", List.of(field, field)) + "]}";
        assertThatThrownBy(() -> JsonFieldCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("field x of chamber is defined twice");
    }
}
