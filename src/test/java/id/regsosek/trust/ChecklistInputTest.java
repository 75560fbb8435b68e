package id.regsosek.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** A checklist comes as a JSON list of short texts (Tasklist sends it typed Json), among its options if listed. */
class ChecklistInputTest {

    private static final FormSchema FORM = FormSchema.parse("""
            {"components":[
             {"type":"checklist","key":"picked","valuesKey":"pickedOptions"},
             {"type":"checklist","key":"fixed","values":[{"label":"A","value":"a"},{"label":"B","value":"b"}]}]}"""
            .getBytes(StandardCharsets.UTF_8));

    private static List<String> check(Map<String, Object> sent) {
        return FormInputCheck.problems(FORM, sent, name -> null, true);
    }

    @Test
    void aListOfShortTextsAmongTheOptionsIsTaken() {
        assertThat(check(Map.of("picked", SpinValues.jsonValue("[\"12\",\"15\"]").create(),
                "fixed", SpinValues.jsonValue("[\"a\"]").create()))).isEmpty();
        assertThat(check(Map.of("picked", List.of("12", 15L)))).isEmpty();
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(check(Map.of("picked", SpinValues.jsonValue("{\"id\":1}").create())))
                .containsExactly("isian 'picked' harus daftar pilihan");
        assertThat(check(Map.of("picked", SpinValues.jsonValue("[{\"id\":1}]").create())))
                .containsExactly("isian 'picked' harus daftar pilihan (teks)");
        assertThat(check(Map.of("picked", "12,15"))).containsExactly("isian 'picked' harus daftar pilihan");
        assertThat(check(Map.of("fixed", List.of("c")))).containsExactly(
                "isian 'fixed' bernilai 'c', bukan salah satu pilihan formulir");
        assertThat(check(Map.of("picked", List.of("x".repeat(201))))).containsExactly(
                "isian 'picked' paling panjang 200 karakter (dikirim 201)");
        assertThat(check(Map.of("picked", List.of("a\u0000")))).containsExactly(
                "isian 'picked' berisi karakter kontrol (kode 0) pada posisi 2");
        assertThat(check(Map.of("picked", java.util.Collections.nCopies(1001, "1")))).containsExactly(
                "isian 'picked' paling banyak 1000 pilihan (dikirim 1001)");
    }
}
