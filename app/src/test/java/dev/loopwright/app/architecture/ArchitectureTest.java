package dev.loopwright.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The module and layer rules of ARCHITECTURE.md, checked on the compiled production classes. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The application test-jar (in-memory fakes) is test code too, though it arrives as a jar.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.loopwright");

    @Test
    void theImportSeesEveryLayer() {
        // Guards the other rules against passing vacuously on an empty import.
        for (String layer : new String[] {"domain", "application", "adapter.in.http", "app"}) {
            assertThat(CLASSES.stream()
                    .anyMatch(c -> c.getPackageName().startsWith("dev.loopwright." + layer)))
                    .as("classes in dev.loopwright.%s", layer).isTrue();
        }
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("dev.loopwright.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.loopwright.domain..", "java..")
                .check(CLASSES);
    }

    @Test
    void applicationDependsOnlyOnDomainJdkSlf4jAndJackson() {
        classes().that().resideInAPackage("dev.loopwright.application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.loopwright.application..",
                        "dev.loopwright.domain..", "java..", "org.slf4j..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void layersFormAnOnionWithIndependentAdapters() {
        onionArchitecture()
                .domainModels("dev.loopwright.domain..")
                .applicationServices("dev.loopwright.application..")
                .adapter("http", "dev.loopwright.adapter.in.http..")
                .adapter("cli", "dev.loopwright.adapter.in.cli..")
                // One Maven module (adapter-persistence) holds the local-machine adapters: SQLite, git, the shell, GitHub.
                .adapter("persistence", "dev.loopwright.adapter.out.persistence..", "dev.loopwright.adapter.out.git..",
                        "dev.loopwright.adapter.out.shell..", "dev.loopwright.adapter.out.github..")
                .adapter("opencode", "dev.loopwright.adapter.out.opencode..")
                .adapter("mcp", "dev.loopwright.adapter.in.mcp..")
                .withOptionalLayers(true)
                // The composition root is outside the onion: it is the one place that wires every adapter.
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("dev.loopwright.app.."),
                        DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void adaptersUsePortsNotServices() {
        noClasses().that().resideInAPackage("dev.loopwright.adapter..")
                .should().dependOnClassesThat().resideInAPackage("dev.loopwright.application.service..")
                .check(CLASSES);
    }

    @Test
    void inPortsAndOutPortsDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.loopwright.application.port.in..")
                .should().dependOnClassesThat().resideInAPackage("dev.loopwright.application.port.out..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.loopwright.application.port.out..")
                .should().dependOnClassesThat().resideInAPackage("dev.loopwright.application.port.in..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("dev.loopwright.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.loopwright.app..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.loopwright.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void outPortsAreInterfaces() {
        // Value types the ports exchange live in sub-packages (runtime, event) or are nested in the port.
        classes().that().resideInAPackage("dev.loopwright.application.port.out").and().areTopLevelClasses()
                .should().beInterfaces()
                .check(CLASSES);
    }

    @Test
    void useCasesAreInterfacesInPortInImplementedInService() {
        classes().that().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces().andShould().resideInAPackage("dev.loopwright.application.port.in")
                .check(CLASSES);
        classes().that().implement(DescribedPredicate.describe("a use case",
                        (JavaClass c) -> c.getSimpleName().endsWith("UseCase")))
                .should().resideInAPackage("dev.loopwright.application.service")
                .check(CLASSES);
    }

    @Test
    void portsDoNotLeakTechnologyTypes() {
        noClasses().that().resideInAPackage("dev.loopwright.application.port..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "io.javalin..", "org.eclipse.jgit..",
                        "picocli..", "java.sql..", "java.net.http..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliAndTheAppWriteToStandardStreams() {
        noClasses().that().resideOutsideOfPackages("dev.loopwright.adapter.in.cli..", "dev.loopwright.app..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(CLASSES);
    }

    @Test
    void noJavaUtilLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
    }
}
