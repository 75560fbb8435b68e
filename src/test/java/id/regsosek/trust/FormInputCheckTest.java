package id.regsosek.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** A task's inputs judged against the form it shows: the deployed visit and sign-off forms, and small ones. */
class FormInputCheckTest {

    private static FormSchema form(String json) {
        return FormSchema.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static final FormSchema SMALL = form("""
            {"components":[
             {"type":"text","text":"x"},
             {"type":"group","components":[
               {"type":"number","key":"age","validate":{"min":0,"max":120,"required":true}},
               {"type":"textfield","key":"nik","validate":{"pattern":"^[0-9]{16}$"}},
               {"type":"textfield","key":"name","validate":{"maxLength":10}}]},
             {"type":"select","key":"code","values":[{"label":"A","value":"1"},{"label":"B","value":"2"}]},
             {"type":"textarea","key":"summary","disabled":true},
             {"type":"checkbox","key":"ok"},
             {"type":"datetime","key":"at","subtype":"datetime"},
             {"type":"textfield","key":"reason","conditional":{"hide":"=ok"},"validate":{"required":true}}]}""");

    private static List<String> check(Map<String, Object> sent) {
        return FormInputCheck.problems(SMALL, sent, name -> name.equals("summary") ? "ringkasan" : null, true);
    }

    @Test
    void onlyDeclaredFieldsGetThrough() {
        assertThat(FormInputCheck.undeclared(SMALL, Map.of("age", 3, "familyId", 9L, "regencyCode", "32.75")))
                .containsExactly("isian 'familyId' tidak ada di formulir ini (hanya isian formulir yang diterima)",
                        "isian 'regencyCode' tidak ada di formulir ini (hanya isian formulir yang diterima)");
        assertThat(SMALL.fields()).containsOnlyKeys("age", "nik", "name", "code", "summary", "ok", "at", "reason");
    }

    @Test
    void valuesKeepToTheFormsOwnLimits() {
        assertThat(check(Map.of("age", 30, "nik", "3216010101900001", "name", "Budi", "code", "2", "ok", true,
                "at", "2022-10-20T09:30"))).isEmpty();
        Map<String, Object> bad = new HashMap<>();
        bad.put("age", 300);
        bad.put("nik", "123");
        bad.put("name", "Sebelas huruf");
        bad.put("code", "3.9");
        bad.put("ok", "mungkin");
        bad.put("at", "kemarin");
        assertThat(check(bad)).containsExactlyInAnyOrder("isian 'age' harus antara 0 dan 120",
                "isian 'nik' tidak sesuai format yang diminta formulir",
                "isian 'name' paling panjang 10 karakter (dikirim 13)",
                "isian 'code' bernilai '3.9', bukan salah satu pilihan formulir",
                "isian 'ok' harus ya atau tidak (true/false)",
                "isian 'at' harus tanggal/waktu (2022-10-20 atau 2022-10-20T09:30)");
    }

    @Test
    void requiredFieldsOutsideConditionsMustComeAndShownFieldsOnlyUnchanged() {
        assertThat(check(Map.of())).containsExactly("isian 'age' wajib diisi");
        assertThat(check(Map.of("age", 1, "summary", "ringkasan"))).isEmpty();
        // REST without a "type" sends an untyped value: an empty one is as missing as an absent one.
        assertThat(check(Map.of("age", Variables.untypedValue("")))).containsExactly("isian 'age' wajib diisi");
        assertThat(check(Map.of("age", Variables.untypedValue(null)))).containsExactly("isian 'age' wajib diisi");
        assertThat(check(Map.of("age", 1, "summary", "diubah")))
                .containsExactly("isian 'summary' hanya untuk dibaca dan tidak boleh diubah");
    }

    @Test
    void controlCharactersObjectsAndOversizedTextAreRefused() {
        assertThat(check(Map.of("age", 1, "name", "a\u0000b"))).containsExactly(
                "isian 'name' berisi karakter kontrol (kode 0) pada posisi 2");
        assertThat(check(Map.of("age", 1, "nik", Variables.serializedObjectValue("x").objectTypeName("java.net.URL")
                .create()))).containsExactly("isian 'nik': jenis nilai 'object' tidak diterima");
        assertThat(check(Map.of("age", 1, "code", List.of("1")))).containsExactly(
                "isian 'code': jenis nilai 'ImmutableCollections.List12' tidak diterima".replace(
                        "ImmutableCollections.List12", List.of("1").getClass().getSimpleName()));
    }

    @Test
    void theDeployedVisitFormDeclaresItsFieldsButNoSubject() throws Exception {
        FormSchema visit = FormSchema.parse(Files.readAllBytes(Path.of("forms", "visit-family.form")));
        assertThat(visit.fields()).containsKeys("resultCode", "visitedAt", "member1Nik", "member10Work", "floorArea")
                .doesNotContainKeys("familyId", "slsId", "regencyCode", "pplUser", "pmlUser", "slsCode");
    }

    @Test
    void noDeployedFormLetsAPersonWriteWhatTheSystemDecides() throws Exception {
        List<String> system = List.of("familyId", "slsId", "regencyCode", "pplUser", "pmlUser", "slsCode",
                "districtCode", "candidateId", "campaignKey", "classKey", "maxAttemptDays", "attemptDays",
                "slsAllFinal", "allFamiliesFinal", "startedBy", "approvedBy", "dropoutId", "officerId");
        // A start form names its subject (a campaign): checked and made the business key by the first step.
        java.util.Set<String> startForms = new java.util.HashSet<>();
        try (var models = Files.list(Path.of("bpmn"))) {
            for (Path m : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                var found = java.util.regex.Pattern.compile("<bpmn:startEvent[^>]*camunda:formRef=\"([^\"]+)\"")
                        .matcher(Files.readString(m));
                while (found.find()) {
                    startForms.add(found.group(1));
                }
            }
        }
        try (var forms = Files.list(Path.of("forms"))) {
            for (Path f : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                if (startForms.contains(f.getFileName().toString().replace(".form", ""))) {
                    continue;
                }
                FormSchema schema = FormSchema.parse(Files.readAllBytes(f));
                schema.fields().values().stream().filter(field -> !field.readOnly()).forEach(field ->
                        assertThat(system).as(f + " lets people set " + field.key())
                                .doesNotContain(field.key()).isNotNull());
            }
        }
    }
}
