package org.musicrec.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package tree is the map of the system: each pipeline stage is a capability package, and no
 * package may use one above it. Read top to bottom: the tools drive the application; the pages and
 * the API drive recommending; recommending reads the activity, the audio features and the catalogue;
 * everything rests on the platform. Checked on the compiled main classes, so a new import that breaks
 * the order fails the build, not a review.
 */
@AnalyzeClasses(packages = "org.musicrec", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("tools").definedBy("org.musicrec.tools..")
            .layer("web").definedBy("org.musicrec.web..")
            .layer("admin").definedBy("org.musicrec.admin..")
            .layer("recommend").definedBy("org.musicrec.recommend..")
            .layer("events").definedBy("org.musicrec.events..")
            .layer("audio").definedBy("org.musicrec.audio..")
            .layer("sampling").definedBy("org.musicrec.sampling..")
            .layer("catalog").definedBy("org.musicrec.catalog..")
            .layer("platform").definedBy("org.musicrec.platform..")
            .whereLayer("tools").mayNotBeAccessedByAnyLayer()
            .whereLayer("web").mayOnlyBeAccessedByLayers("tools")
            .whereLayer("admin").mayOnlyBeAccessedByLayers("web", "tools")
            .whereLayer("recommend").mayOnlyBeAccessedByLayers("admin", "web", "tools")
            .whereLayer("events").mayOnlyBeAccessedByLayers("recommend", "admin", "web", "tools")
            .whereLayer("audio").mayOnlyBeAccessedByLayers("recommend", "admin", "web", "tools")
            .whereLayer("sampling").mayOnlyBeAccessedByLayers("recommend", "admin", "web", "tools")
            .whereLayer("catalog").mayOnlyBeAccessedByLayers("events", "audio", "sampling", "recommend", "admin", "web",
                    "tools");

    /** Within the application, sub-packages form no cycle either (a cycle makes two packages one). */
    @ArchTest
    static final ArchRule noCycles = slices().matching("org.musicrec.(**)").should().beFreeOfCycles()
            .allowEmptyShould(true);

    /** The maths, signal processing and file-format cores run without a container: the CLI and the tests use them bare. */
    @ArchTest
    static final ArchRule plainJavaCores = noClasses()
            .that().resideInAnyPackage("org.musicrec.audio", "org.musicrec.audio.pca", "org.musicrec.recommend.als",
                    "org.musicrec.recommend.eval", "org.musicrec.recommend.rules", "org.musicrec.recommend.tuning", "org.musicrec.sampling", "org.musicrec.catalog.fma")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.eclipse..", "com.mongodb..",
                    "org.bson..", "org.apache.kafka..", "fish.payara..");
}
