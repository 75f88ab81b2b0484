package org.plenum.stats.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The changes between two revisions, on rows shaped as the ranking and averages resources (figures from IPU's November 2025 table). */
class PublicationDiffTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode rows(String json) {
        return JSON.readTree(json.replace('\'', '"'));
    }

    private static String row(String id, String name, int rank, String percent, int members, int women) {
        return "{'type':'women_ranking_rows','id':'" + id + "','attributes':{'standing':'ranked','rank':" + rank
                + ",'women_percent':" + percent + ",'country_name':{'en':'" + name + "'},'lower_chamber':{'members':"
                + members + ",'women':" + women + ",'last_election':'2024-07'},'upper_chamber':null}}";
    }

    @Test
    void changedFiguresAreListedFromWhatToWhat() {
        JsonNode before = rows("[" + row("RW", "Rwanda", 1, "63.8", 80, 51) + "," + row("CU", "Cuba", 2, "55.7", 470, 262) + "]");
        JsonNode after = rows("[" + row("RW", "Rwanda", 1, "65.0", 80, 52) + "," + row("CU", "Cuba", 2, "55.70", 470, 262) + "]");

        List<PublicationDiff.Change> changes = PublicationDiff.between(PublishedReport.WOMEN_RANKING, before, after);

        assertThat(changes).extracting(PublicationDiff::describe).containsExactly(
                "Rwanda (RW): women_percent 63.8 -> 65.0", "Rwanda (RW): lower_chamber/women 51 -> 52");
    }

    @Test
    void rowsNewlyListedOrNoLongerListedAreChanges() {
        JsonNode before = rows("[" + row("RW", "Rwanda", 1, "63.8", 80, 51) + "]");
        JsonNode after = rows("[" + row("CU", "Cuba", 1, "55.7", 470, 262) + "]");

        assertThat(PublicationDiff.between(PublishedReport.WOMEN_RANKING, before, after)).extracting(PublicationDiff::describe)
                .containsExactly("Cuba (CU): newly listed", "Rwanda (RW): no longer listed");
    }

    @Test
    void averagesAreComparedByAreaAndChambers() {
        JsonNode before = rows("[{'id':'world.lower','attributes':{'area':{'label':{'en':'World'}},'chambers':'lower',"
                + "'chamber_count':182,'seats':36306,'women':9856,'women_percent':27.2}}]");
        JsonNode after = rows("[{'id':'world.lower','attributes':{'area':{'label':{'en':'World'}},'chambers':'lower',"
                + "'chamber_count':182,'seats':36306,'women':9857,'women_percent':27.2}}]");

        assertThat(PublicationDiff.between(PublishedReport.WOMEN_AVERAGES, before, after)).extracting(PublicationDiff::describe)
                .containsExactly("World (lower) (world.lower): women 9856 -> 9857");
        assertThat(PublicationDiff.between(PublishedReport.WOMEN_AVERAGES, before, before)).isEmpty();
    }

    @Test
    void aChangeOutsideTheComparedFiguresIsStillListed() {
        JsonNode before = rows("[" + row("RW", "Rwanda", 1, "63.8", 80, 51) + "]");
        JsonNode after = rows("[" + row("RW", "Rwanda", 1, "63.8", 80, 51).replace("'en':'Rwanda'}", "'en':'Rwanda','fr':'Rwanda'}") + "]");

        assertThat(PublicationDiff.between(PublishedReport.WOMEN_RANKING, before, after)).extracting(PublicationDiff::describe)
                .containsExactly("Rwanda (RW): other figures changed");
    }
}
