package dca;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package direction of DESIGN §2 as README ("Developing") draws it, checked on the compiled
 * classes: a forbidden import fails the build with the offending class and line.
 */
@AnalyzeClasses(packages = "dca", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
    @ArchTest
    static final ArchRule packagesDependInOneDirection = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dca.cli..")
            .layer("study").definedBy("dca.study..")
            .layer("share").definedBy("dca.share..")
            .layer("notes").definedBy("dca.notes..")
            .layer("progress").definedBy("dca.progress..")
            .layer("srs").definedBy("dca.srs..")
            .layer("deck").definedBy("dca.deck..")
            .layer("io").definedBy("dca.io..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("study").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("share").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("notes").mayOnlyBeAccessedByLayers("cli", "share")
            .whereLayer("progress").mayOnlyBeAccessedByLayers("cli", "study")
            .whereLayer("srs").mayOnlyBeAccessedByLayers("cli", "study", "progress")
            .whereLayer("deck").mayOnlyBeAccessedByLayers("cli", "study", "share", "notes", "progress")
            .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "share", "notes", "progress");

    /** Inside dca.cli: commands → drill, exam → screen, text → run; Main on top. */
    @ArchTest
    static final ArchRule cliPackagesDependInOneDirection = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("main").definedBy("dca.cli")
            .layer("commands").definedBy("dca.cli.commands..")
            .layer("drill").definedBy("dca.cli.drill..")
            .layer("exam").definedBy("dca.cli.exam..")
            .layer("screen").definedBy("dca.cli.screen..")
            .layer("text").definedBy("dca.cli.text..")
            .layer("run").definedBy("dca.cli.run..")
            .whereLayer("main").mayNotBeAccessedByAnyLayer()
            .whereLayer("commands").mayOnlyBeAccessedByLayers("main")
            .whereLayer("drill").mayOnlyBeAccessedByLayers("commands")
            .whereLayer("exam").mayOnlyBeAccessedByLayers("commands")
            .whereLayer("screen").mayOnlyBeAccessedByLayers("commands", "drill", "exam")
            .whereLayer("text").mayOnlyBeAccessedByLayers("commands", "drill", "exam", "screen")
            .whereLayer("run").mayOnlyBeAccessedByLayers("main", "commands", "drill", "exam", "screen", "text");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dca.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule terminalLibrariesOnlyInCli = noClasses().that().resideOutsideOfPackage("dca.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jline..", "picocli..")
            .because("nothing outside dca.cli reads or draws the terminal (DESIGN §2)");

    @ArchTest
    static final ArchRule standardStreamsOnlyInCli = noClasses().that().resideOutsideOfPackage("dca.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().accessField(System.class, "in")
            .orShould().callMethod(System.class, "console")
            .because("nothing outside dca.cli prints or reads the terminal (DESIGN §2)");

    /** Commands get System.in and System.out from Env, so every command runs in-process in tests. */
    @ArchTest
    static final ArchRule onlyMainTouchesTheStandardStreams = noClasses().that().resideInAPackage("dca.cli..")
            .and().doNotHaveFullyQualifiedName("dca.cli.Main")
            .and().doNotHaveFullyQualifiedName("dca.cli.screen.Terminals")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("output goes to the streams in Env, which tests replace");

    /** Scheduling, progress and decks take their time from the injected clock, so tests and DCA_NOW control it. */
    @ArchTest
    static final ArchRule theClockIsInjected = noClasses().that().resideOutsideOfPackage("dca.cli..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("now"))
                    .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(HasName.Predicates.nameMatching(
                            "java\\.time\\.(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth|MonthDay)")))))
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("only dca.cli reads the system clock; everything else is handed a Clock (DESIGN §2)");
}
