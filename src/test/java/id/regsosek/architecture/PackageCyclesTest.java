package id.regsosek.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Package by feature only works while the features form a hierarchy: a feature that needs a higher one publishes
 * what happened (a Spring event, a BPMN message, an interface the higher one implements) instead of calling it.
 * Checked over the production classes; tests may cross features freely.
 */
@AnalyzeClasses(packages = "id.regsosek", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule noCycleBetweenFeatures = slices().matching("id.regsosek.(*)..").should().beFreeOfCycles();

    /**
     * Recruitment is one feature of five parts: campaign above selection, training and deployment (in that order)
     * and candidate; each part may use the ones below it only.
     */
    @ArchTest
    static final ArchRule noCycleWithinRecruitment = slices().matching("id.regsosek.recruitment.(*)..").should()
            .beFreeOfCycles();

    /** What the recruitment parts share (process constants, candidate and campaign rows) knows none of them. */
    @ArchTest
    static final ArchRule recruitmentSharedBelowItsParts = noClasses().that().resideInAPackage("id.regsosek.recruitment")
            .should().dependOnClassesThat().resideInAPackage("id.regsosek.recruitment.*..");

    /** Benchmarks and demo data sit on top of the features and use their public services: no feature knows them. */
    @ArchTest
    static final ArchRule noFeatureDependsOnBenchOrDemo = noClasses().that()
            .resideOutsideOfPackages("id.regsosek.bench..", "id.regsosek.demo..").should().dependOnClassesThat()
            .resideInAnyPackage("id.regsosek.bench..", "id.regsosek.demo..");
}
