package id.regsosek.architecture;

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
}
