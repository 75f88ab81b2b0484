package org.plenum.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How names are compared and ranked, on names of the registry. */
class NameIndexTest {

    @Test
    void accentsCaseAndPunctuationDoNotMatter() {
        assertThat(SearchNormalizer.normalize("Côte d’Ivoire")).isEqualTo("cote d ivoire");
        assertThat(SearchNormalizer.normalize("cote d'ivoire")).isEqualTo("cote d ivoire");
        assertThat(SearchNormalizer.normalize("ÉTATS-UNIS")).isEqualTo("etats unis");
        assertThat(SearchNormalizer.normalize("Türkiye")).isEqualTo("turkiye");
        assertThat(SearchNormalizer.normalize("Sao Tomé-et-Príncipe")).isEqualTo("sao tome et principe");
        assertThat(SearchNormalizer.normalize("Œuvre")).isEqualTo("oeuvre");
    }

    @Test
    void exactNamesComeFirstThenBeginningsThenWordsThenParts() {
        String[] q = {"guinea"};
        assertThat(NameIndex.rank("guinea", "guinea", q)).isZero();
        assertThat(NameIndex.rank("guinea bissau", "guinea", q)).isEqualTo(1);
        assertThat(NameIndex.rank("equatorial guinea", "guinea", q)).isEqualTo(2);
        assertThat(NameIndex.rank("papua new guinea", "new guinea", new String[] {"new", "guinea"})).isEqualTo(2);
        assertThat(NameIndex.rank("united states of america", "states america", new String[] {"states", "america"})).isEqualTo(3);
        assertThat(NameIndex.rank("bundestag", "destag", new String[] {"destag"})).isEqualTo(4);
        assertThat(NameIndex.rank("bundestag", "ta", new String[] {"ta"})).isEqualTo(-1);
        assertThat(NameIndex.rank("france", "germany", new String[] {"germany"})).isEqualTo(-1);
    }
}
