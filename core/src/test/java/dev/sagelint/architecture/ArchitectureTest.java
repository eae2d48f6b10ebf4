package dev.sagelint.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of sagelint-core, stated as tests (issue 12 item 9). Data flows one way: files -> parse -> model facts
 * -> engine -> findings -> config -> reporters; the CLI and the Maven plugin are edges outside this module.
 *
 * <pre>
 *   text                 (printable output, edit distance; depends on no other sagelint package)
 *   model                (facts and findings only: records, enums, interfaces; depends on no other sagelint package)
 *   aws                  -> model, text (AWS domain data: instance types)
 *   parse, parse.*       -> model, aws, text
 *   config               -> model, aws, parse (Limits)   never engine
 *   engine, engine.change -> config, parse, model, spi, text
 *   report               -> engine, config, model, text, parse.TextFiles (the one probe for what a path is: report
 *                           targets are refused as inputs are, a FIFO or a device is never replaced)
 *   simulate             -> parse, model
 * </pre>
 */
@AnalyzeClasses(packages = "dev.sagelint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The classes of model that are neither records, enums nor interfaces, each for a reason. Rule logic and
     * message helpers belong to the rules module ({@code dev.sagelint.rules.support}), AWS data that core needs
     * to {@code aws}, text utilities to {@code text} (issue 12 item 6).
     */
    static final Set<String> MODEL_NON_FACTS = Set.of(
            // the per-format spelling of a field that Transition.field(...) answers: part of that fact's API
            "dev.sagelint.model.FieldNames");

    /** Rule packs compile against model: facts only, so no helper becomes public API by accident. */
    @ArchTest
    static final ArchRule modelHoldsFactsOnly = classes()
            .that().resideInAPackage("dev.sagelint.model").and().areNotAnonymousClasses()
            .and(DescribedPredicate.describe("not on the allow-list MODEL_NON_FACTS",
                    (JavaClass c) -> !MODEL_NON_FACTS.contains(c.getName())))
            .should().beRecords().orShould().beEnums().orShould().beInterfaces();

    @ArchTest
    static final ArchRule modelDependsOnNoOtherSagelintPackage = noClasses()
            .that().resideInAPackage("dev.sagelint.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.sagelint.parse..", "dev.sagelint.engine..",
                    "dev.sagelint.config..", "dev.sagelint.report..", "dev.sagelint.simulate..", "dev.sagelint.spi..",
                    "dev.sagelint.aws..", "dev.sagelint.text..");

    /** Text utilities (printable output, edit distance) know nothing of sagelint. */
    @ArchTest
    static final ArchRule textDependsOnNoOtherSagelintPackage = noClasses()
            .that().resideInAPackage("dev.sagelint.text..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.sagelint.model..", "dev.sagelint.parse..",
                    "dev.sagelint.engine..", "dev.sagelint.config..", "dev.sagelint.report..",
                    "dev.sagelint.simulate..", "dev.sagelint.spi..", "dev.sagelint.aws..");

    /** AWS domain data (instance types) sits below parse and config, which both read it. */
    @ArchTest
    static final ArchRule awsDependsOnlyOnModelAndText = noClasses()
            .that().resideInAPackage("dev.sagelint.aws..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.sagelint.parse..", "dev.sagelint.engine..",
                    "dev.sagelint.config..", "dev.sagelint.report..", "dev.sagelint.simulate..", "dev.sagelint.spi..");

    @ArchTest
    static final ArchRule parseDependsOnlyOnModel = noClasses()
            .that().resideInAPackage("dev.sagelint.parse..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.sagelint.engine..", "dev.sagelint.config..",
                    "dev.sagelint.report..", "dev.sagelint.simulate..", "dev.sagelint.spi..");

    @ArchTest
    static final ArchRule configDoesNotDependOnTheEngine = noClasses()
            .that().resideInAPackage("dev.sagelint.config..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.sagelint.engine..", "dev.sagelint.report..",
                    "dev.sagelint.simulate..");

    @ArchTest
    static final ArchRule engineDoesNotDependOnItsConsumers = noClasses()
            .that().resideInAPackage("dev.sagelint.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.sagelint.report..", "dev.sagelint.simulate..");

    @ArchTest
    static final ArchRule reportDependsOnEngineAndModel = noClasses()
            .that().resideInAPackage("dev.sagelint.report..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("dev.sagelint.parse..",
                    "dev.sagelint.simulate..").and(DescribedPredicate.not(
                    JavaClass.Predicates.simpleName("TextFiles"))));

    /** The front ends are the edges: core knows neither picocli nor the Maven API. */
    @ArchTest
    static final ArchRule coreKnowsNoFrontEnd = noClasses()
            .that().resideInAPackage("dev.sagelint..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.apache.maven..", "dev.sagelint.cli..",
                    "dev.sagelint.maven..");

    /** The engine's classes that hold the Drools side: loading a rule pack, its network, its sessions. */
    static final Set<String> DROOLS_CLASSES = Set.of("PackLoader", "LoadedPack", "Sessions", "EvalHints");

    /** Only those touch Drools. */
    @ArchTest
    static final ArchRule onlyTheEnginesDroolsClassesTouchDrools = noClasses()
            .that(DescribedPredicate.describe("are not " + DROOLS_CLASSES + " of dev.sagelint.engine",
                    c -> !(c.getPackageName().equals("dev.sagelint.engine")
                            && DROOLS_CLASSES.contains(c.getName().replaceFirst("^.*\\.", "").replaceFirst("\\$.*", "")))))
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..");

    /** No two packages depend on each other, directly or round a loop: what {@code jdeps} on the core jar shows. */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.sagelint.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("dev.sagelint.(*)..")
            .should().beFreeOfCycles();

    /** parse and its format packages: the formats depend on parse, never the other way round, and on each other without cycles. */
    @ArchTest
    static final ArchRule noCyclesWithinParse = slices().matching("dev.sagelint.(parse).(*)..")
            .should().beFreeOfCycles();

    /** One JSON reader: within parse, only parse.json touches Jackson (formats adapt its located tree). */
    @ArchTest
    static final ArchRule onlyTheJsonReaderTouchesJackson = noClasses()
            .that().resideInAPackage("dev.sagelint.parse..").and().resideOutsideOfPackage("dev.sagelint.parse.json")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    /**
     * The syntax adapters: the only classes of parse that touch SnakeYAML or Jackson (issue 12 item 1). Every reader
     * gets its values from their trees ({@code Doc}, or CloudFormation's {@code CfnNode} that YamlTree and JsonTree
     * build); HCL's tokens are private to HclParser.
     */
    static final Set<String> SYNTAX_ADAPTERS = Set.of("dev.sagelint.parse.yaml.YamlDocuments",
            "dev.sagelint.parse.yaml.StandardTags", "dev.sagelint.parse.yaml.YamlDoc",
            "dev.sagelint.parse.json.LocatedJson", "dev.sagelint.parse.cfn.YamlTree",
            "dev.sagelint.parse.cfn.UnsupportedYaml");

    private static final DescribedPredicate<JavaClass> SYNTAX_ADAPTER = DescribedPredicate.describe(
            "a syntax adapter", c -> SYNTAX_ADAPTERS.contains(c.getName().replaceAll("\\$.*", "")));

    @ArchTest
    static final ArchRule onlyTheSyntaxAdaptersTouchSnakeYamlOrJackson = noClasses()
            .that().resideInAPackage("dev.sagelint.parse..").and(DescribedPredicate.not(SYNTAX_ADAPTER))
            .should().dependOnClassesThat().resideInAnyPackage("org.yaml.snakeyaml..", "com.fasterxml.jackson..");

    /** The configuration reads {@code .sagelint.yaml} through the located tree too (YamlDoc), never SnakeYAML itself. */
    @ArchTest
    static final ArchRule theConfigurationTouchesNoSnakeYaml = noClasses()
            .that().resideInAPackage("dev.sagelint.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.yaml.snakeyaml..");

    /** The tree depends on no syntax package, so every syntax can adapt to it without a cycle. */
    @ArchTest
    static final ArchRule theLocatedTreeKnowsNoSyntax = noClasses()
            .that().resideInAPackage("dev.sagelint.parse.doc..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.sagelint.parse.yaml..", "dev.sagelint.parse.json..",
                    "dev.sagelint.parse.cfn..", "dev.sagelint.parse.terraform..", "dev.sagelint.parse.api..",
                    "dev.sagelint.parse.nativespec..");

    @ArchTest
    static final ArchRule parseKnowsNoFormatPackage = noClasses()
            .that().resideInAPackage("dev.sagelint.parse")
            .should().dependOnClassesThat().resideInAnyPackage("dev.sagelint.parse.*..");

    /**
     * One linker (issue 12 item 3): a fact is never rewritten after a reader emits it. Readers record what they read
     * (the key of a resource a Ref, GetAtt or traversal names, else a {@code parse.Ref}); only {@code Linker} replaces
     * a fact by its linked copy.
     */
    private static final String LINKER = "dev.sagelint.parse.Linker";

    @ArchTest
    static final ArchRule noReaderRewritesAFactInPlace = noClasses()
            .that().resideInAPackage("dev.sagelint.parse..").and().doNotHaveFullyQualifiedName(LINKER)
            .should().callMethodWhere(DescribedPredicate.describe("List.set or List.replaceAll (a fact rewritten in place)",
                    call -> call.getTarget().getOwner().isAssignableTo(java.util.List.class)
                            && Set.of("set", "replaceAll").contains(call.getTarget().getName())));

    /** Only the Linker calls the copy-with-a-link methods of the facts or makes the facts it derives from links. */
    @ArchTest
    static final ArchRule onlyTheLinkerLinks = noClasses()
            .that().resideInAPackage("dev.sagelint.parse..").and().doNotHaveFullyQualifiedName(LINKER)
            .should().callMethodWhere(DescribedPredicate.describe("a fact's link method (linked, with...Key, "
                    + "withProduction)", call -> call.getTarget().getOwner().getPackageName().equals("dev.sagelint.model")
                    && call.getTarget().getName().matches("linked|with[A-Za-z]*Key|withProduction")))
            .orShould().callConstructor(dev.sagelint.model.StackOrder.class, String.class, String.class, String.class,
                    boolean.class, String.class, dev.sagelint.model.Source.class);

    /** The linking helpers the readers used to have (issue 12 item 3) do not come back under their old names. */
    @ArchTest
    static final ArchRule noLinkingHelperInAReader = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("dev.sagelint.parse..")
            .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(LINKER)
            .should().haveNameMatching("link[A-Z].*|endpointOf|endpointBySegment|variantBySegment|vpcOfSubnets|withVpc"
                    + "|policyRef|modelNamed|endpointNamed");
}
