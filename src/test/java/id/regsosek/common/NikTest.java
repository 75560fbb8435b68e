package id.regsosek.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one reading of a NIK: digits 7-12 DDMMYY, women +40, the century of a living person aged 0-99. */
class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void digitsSevenToTwelveAreTheBirthDateWithFortyAddedForWomen() {
        assertThat(Nik.birthDate("3216011205800001", TODAY)).contains(LocalDate.of(1980, 5, 12));
        assertThat(Nik.sexOf("3216011205800001")).contains("L");
        assertThat(Nik.birthDate("3216015507920002", TODAY)).contains(LocalDate.of(1992, 7, 15));
        assertThat(Nik.sexOf("3216015507920002")).contains("P");
    }

    @Test
    void theCenturyIsTheLatestThatIsNotInTheFuture() {
        assertThat(Nik.birthDate("3216010101260001", TODAY)).contains(LocalDate.of(2026, 1, 1)); // a baby
        assertThat(Nik.birthDate("3216013011260001", TODAY)).contains(LocalDate.of(2026, 11, 30)); // born today
        assertThat(Nik.birthDate("3216013112260001", TODAY)).contains(LocalDate.of(1926, 12, 31)); // not yet in 2026
        assertThat(Nik.birthDate("3216010101270001", TODAY)).contains(LocalDate.of(1927, 1, 1));
        assertThat(Nik.birthDate("3216012902000001", TODAY)).contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void impossibleDatePartsAreNoDate() {
        assertThat(Nik.birthDate("3216013502800001", TODAY)).isEmpty(); // day 35: neither a man's nor a woman's
        assertThat(Nik.birthDate("3216013002800001", TODAY)).isEmpty(); // 30 February
        assertThat(Nik.birthDate("3216011213800001", TODAY)).isEmpty(); // month 13
        assertThat(Nik.birthDate("32160112138000", TODAY)).isEmpty();
        assertThat(Nik.sexOf("3216013502800001")).isEmpty();
    }

    @Test
    void aStatedBirthDateOrAgeMayBeACenturyOlderThanTheRule() {
        assertThat(Nik.matchesBirthDate("3216010101250001", LocalDate.of(1925, 1, 1))).isTrue();
        assertThat(Nik.matchesBirthDate("3216010101250001", LocalDate.of(1925, 1, 2))).isFalse();
        assertThat(Nik.ageFits("3216010101250001", 1, TODAY)).isTrue();
        assertThat(Nik.ageFits("3216010101250001", 101, TODAY)).isTrue();
        assertThat(Nik.ageFits("3216010101250001", 50, TODAY)).isFalse();
        assertThat(Nik.ageFits("3216011205800001", 46, TODAY)).isTrue();
    }

    @Test
    void problemsNameWhatIsWrongWithoutTheNumber() {
        assertThat(Nik.problem("3216011205800001", LocalDate.of(1980, 5, 12), "L")).isNull();
        assertThat(Nik.problem("3216015205800001", LocalDate.of(1980, 5, 12), "P")).isNull();
        assertThat(Nik.problem("321601120580", null, null)).isEqualTo("NIK must be 16 digits");
        assertThat(Nik.problem("3216013502800001", null, null)).isEqualTo("NIK date part is impossible (day 35, month 2)");
        assertThat(Nik.problem("3216011205800001", LocalDate.of(1981, 5, 12), null))
                .isEqualTo("NIK date part contradicts birth_date");
        assertThat(Nik.problem("3216011205800001", null, "P")).startsWith("NIK date part contradicts sex P");
    }

    @Test
    void theMaskKeepsTheRegencyAndSerialAndHidesTheBirthDate() {
        assertThat(Nik.mask("3216011205800001")).isEqualTo("3216********0001");
        assertThat(Nik.mask("32160112058")).isEqualTo("****************");
        assertThat(Nik.mask(null)).isNull();
    }
}
