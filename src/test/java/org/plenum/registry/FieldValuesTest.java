package org.plenum.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenum.registry.internal.catalogue.JsonFieldCatalogue;

class FieldValuesTest {

    private static final FieldCatalogue CATALOGUE = JsonFieldCatalogue.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            chamber|current_members_number|80
            chamber|current_members_number|0
            chamber|age_average|51.3
            chamber|last_election|2024-07
            chamber|last_election|2024
            election|election_date|2023-07-23
            chamber|is_suspended_chamber|true
            chamber|struct_parl_status|lower_chamber
            chamber|chamber_name|{"en":"Senate","fr":"Sénat"}
            """)
    void acceptsCanonicalValues(String entity, String field, String value) {
        Field f = CATALOGUE.field(EntityType.byId(entity).orElseThrow(), field).orElseThrow();
        assertThat(FieldValues.problem(f, value, CATALOGUE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            chamber|current_members_number|-3|'-3' is not a whole number of 0 or more
            chamber|current_members_number|7 5|'7 5' is not a whole number of 0 or more
            chamber|current_members_number|080|'080' is not a whole number of 0 or more
            chamber|age_average|51,3|'51,3' is not a decimal number such as 12.5
            chamber|last_election|07.2024|'07.2024' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
            election|election_date|2023-02-30|'2023-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
            chamber|is_suspended_chamber|yes|'yes' is neither true nor false
            chamber|struct_parl_status|single|'single' is not a term of the taxonomy struct_parl_status
            chamber|chamber_name|Senate|a translated text must be a JSON object with at least "en"
            chamber|chamber_name|{"fr":"Sénat"}|a translated text must be a JSON object with at least "en"
            """)
    void refusesWithAReason(String entity, String field, String value, String reason) {
        Field f = CATALOGUE.field(EntityType.byId(entity).orElseThrow(), field).orElseThrow();
        assertThat(FieldValues.problem(f, value, CATALOGUE)).contains(reason);
    }
}
