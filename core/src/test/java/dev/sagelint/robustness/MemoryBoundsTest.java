package dev.sagelint.robustness;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values that grow without bound when evaluated as written (issue 14, class 3): each stops at its documented bound
 * and is SL001 at the function that crossed it, without the watchdog and within the suite's 256 MB heap.
 */
class MemoryBoundsTest {

    static final String TOO_LONG = " builds a string longer than 100000 characters (a chain that doubles a string,"
            + " or a value joined from many aliases?); sagelint reads it as unknown, so rules on it stay silent; build"
            + " long values outside the template";

    private static List<InputProblem> problems(String path, String text) {
        List<Deployment> read = HostileInputTest.READER.read(List.of(new SourceFile(path, text)));
        assertThat(Sanity.violations(List.of(new SourceFile(path, text)), read)).isEmpty();
        List<InputProblem> problems = Sanity.problems(read);
        assertThat(problems).as("no watchdog, no internal error")
                .noneMatch(p -> p.message().contains("took longer than") || p.message().contains("internal error"));
        return problems;
    }

    /** Model0 is named "abcdefgh"; Model i is named by a Sub of Model i-1's name twice: 8 * 2^i characters. */
    static String subChain(int steps, boolean join) {
        StringBuilder t = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n"
                + "  Model0:\n    Type: AWS::SageMaker::Model\n    Properties:\n      ModelName: abcdefgh\n");
        for (int i = 1; i <= steps; i++) {
            String previous = "Model" + (i - 1);
            t.append("  Model").append(i).append(":\n    Type: AWS::SageMaker::Model\n    Properties:\n")
                    .append(join ? "      ModelName: !Join [\"\", [!GetAtt " + previous + ".ModelName, !GetAtt "
                            + previous + ".ModelName]]\n"
                            : "      ModelName: !Sub \"${" + previous + ".ModelName}${" + previous + ".ModelName}\"\n");
        }
        return t.toString();
    }

    /** The line of Model i's ModelName (each resource takes four lines after the two of the header). */
    static int nameLine(int i) {
        return 6 + 4 * i;
    }

    @Test
    void aSubChainThatDoublesStopsAtTheFirstStepOverTheBound() {
        // 8 * 2^14 = 131,072 characters: step 14 is the first over 100,000
        List<InputProblem> problems = problems("sub.yaml", subChain(20, false));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source().location()).isEqualTo(new Location("sub.yaml", nameLine(14), 18));
            assertThat(p.message()).isEqualTo("Fn::Sub" + TOO_LONG);
            assertThat(p.fatal()).isFalse();
        });
    }

    @Test
    void aFortyStepChainCostsOneEvaluationPerStepNotTwoToTheForty() {
        // past the bound, Model14's name is unknown and the next step names it "${Model14.ModelName}" (20
        // characters), so the doubling starts again and crosses the bound again at step 27, then at step 40
        assertThat(problems("sub40.yaml", subChain(40, false))).extracting(p -> p.source().location())
                .containsExactly(new Location("sub40.yaml", nameLine(14), 18),
                        new Location("sub40.yaml", nameLine(27), 18), new Location("sub40.yaml", nameLine(40), 18));
        assertThat(problems("join40.yaml", subChain(40, true))).extracting(p -> p.source().location() + " " + p.message())
                .containsExactly("join40.yaml:" + nameLine(14) + ":18 Fn::Join" + TOO_LONG,
                        "join40.yaml:" + nameLine(27) + ":18 Fn::Join" + TOO_LONG,
                        "join40.yaml:" + nameLine(40) + ":18 Fn::Join" + TOO_LONG);
    }

    @Test
    void aScalarJoinedByManyAliasesStopsAtTheBound() {
        // one 10,000-character anchored scalar joined 200,000 times: 2 GB if built
        String template = "AWSTemplateFormatVersion: \"2010-09-09\"\nMetadata:\n  Big: &big \"" + "x".repeat(10_000)
                + "\"\nResources:\n  Model:\n    Type: AWS::SageMaker::Model\n    Properties:\n"
                + "      ModelName: !Join [\"\", [" + String.join(", ", java.util.Collections.nCopies(200_000, "*big"))
                + "]]\n";
        // (each alias is also SL001 on its own: CloudFormation rejects aliases; those are not what this checks)
        assertThat(problems("join.yaml", template)).filteredOn(p -> p.message().startsWith("Fn::")).singleElement()
                .satisfies(p -> {
            assertThat(p.source().location()).isEqualTo(new Location("join.yaml", 8, 18));
            assertThat(p.message()).isEqualTo("Fn::Join" + TOO_LONG);
        });
    }

    @Test
    void aChainUnderTheBoundIsEvaluatedAsWritten() {
        assertThat(problems("short.yaml", subChain(12, false))).isEmpty();
    }

    /**
     * count 1,000 over a dynamic block of 5,000 variants (a literal list: range() over thousands is already unknown):
     * 5 million blocks if expanded as written.
     */
    static String dynamicFanout(int variants) {
        return "resource \"aws_sagemaker_endpoint_configuration\" \"c\" {\n  count = 1000\n"
                + "  name  = \"c-${count.index}\"\n  dynamic \"production_variants\" {\n"
                + "    for_each = [" + String.join(", ", java.util.Collections.nCopies(variants, "\"x\"")) + "]\n"
                + "    content {\n"
                + "      variant_name           = \"v${production_variants.key}\"\n      model_name = \"m\"\n"
                + "      instance_type          = \"ml.m5.xlarge\"\n      initial_instance_count = 1\n    }\n  }\n}\n";
    }

    @Test
    void aDynamicBlockOverThousandsOfItemsIsReadAsOneUnknownBlock() {
        assertThat(problems("main.tf", dynamicFanout(5_000))).singleElement().satisfies(p -> {
            assertThat(p.source().location()).isEqualTo(new Location("main.tf", 4, 3));
            assertThat(p.message()).isEqualTo("dynamic \"production_variants\" expands to more than 100 blocks, more"
                    + " than sagelint expands; it is read as one block with production_variants.key and"
                    + " production_variants.value unknown, so rules on them stay silent; lint a plan (terraform show"
                    + " -json)");
        });
        assertThat(problems("main.tf", dynamicFanout(100))).isEmpty();
    }
}
