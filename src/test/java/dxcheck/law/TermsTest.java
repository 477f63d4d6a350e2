package dxcheck.law;

import dxcheck.engine.Knowledge;
import dxcheck.model.Vocabulary;
import dxcheck.text.Lang;
import dxcheck.text.MessageText;
import dxcheck.text.Terms;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One table labels every vocabulary value in both languages; numbers and dates follow the language. */
class TermsTest {
    @Test
    void everyValueOfEveryClosedVocabularyHasBothLabels() throws Exception {
        Knowledge k = dxcheck.TestRules.shipped().rules().knowledge();
        Terms t = k.terms();
        List<String> missing = new ArrayList<>();
        Stream.of(Vocabulary.LEVELS, Vocabulary.AGENCY_TYPES, Vocabulary.AGENCY_ROLES, Vocabulary.SERVICE_MODES,
                        Vocabulary.PLAN_STATUSES, Vocabulary.PILLARS, Vocabulary.STEERING_ROLES, Vocabulary.INDICATORS)
                .flatMap(List::stream)
                .filter(v -> t.label(v, Lang.VI) == null || t.label(v, Lang.EN) == null)
                .forEach(missing::add);
        assertEquals(List.of(), missing, "vocabulary values without a label in rules/terms.yaml");
        assertEquals("cấp xã", t.label("commune", Lang.VI));
        assertEquals("tỉnh Hà Giang", t.label("ha-giang", Lang.VI), "provinces are labelled from provinces.yaml");
        assertEquals(63, k.provinces().size());
        assertEquals(34, k.provinces().stream().filter(p -> p.successor() == null).count(), "63 → 34 on 1/7/2025");
    }

    @Test
    void numbersAndDatesAreWrittenAsTheLanguageWritesThem() {
        assertEquals("80,53", MessageText.value(80.53, Lang.VI));
        assertEquals("80.53", MessageText.value(80.53, Lang.EN));
        assertEquals("250.000", MessageText.value(250_000L, Lang.VI));
        assertEquals("250,000", MessageText.value(250_000L, Lang.EN));
        assertEquals("2025", MessageText.value(2025L, Lang.VI), "a year is not grouped");
        assertEquals("30/9/2024", MessageText.value(LocalDate.of(2024, 9, 30), Lang.VI));
        assertEquals("30 Sep 2024", MessageText.value(LocalDate.of(2024, 9, 30), Lang.EN));
        assertEquals("chưa báo cáo", MessageText.value(null, Lang.VI), "a missing value is said, never a dash");
    }
}
