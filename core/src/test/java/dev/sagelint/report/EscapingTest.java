package dev.sagelint.report;

import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.RuleCatalog;
import dev.sagelint.engine.ToolRules;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Characters that would break a report format are escaped the way each consumer expects. */
class EscapingTest {

    static final Finding NASTY = new Finding("SL002", Severity.WARNING, new Location("a,b:c%.yaml", 3, 5),
            "50% of <x> & \"y\"\nsecond line");

    static Report report() {
        LintResult result = new LintResult(List.of(NASTY), List.of("a,b:c%.yaml"), List.of(), 0);
        // failing on warnings, so the JUnit report writes the finding as a failure with a message attribute
        return new Report(result, new RuleCatalog(ToolRules.descriptors()), "1.2.3",
                LintConfig.defaults().withFailOnSeverity(java.util.Optional.of(Severity.WARNING)));
    }

    static String write(Reporter reporter) throws Exception {
        StringWriter out = new StringWriter();
        reporter.write(report(), out);
        return out.toString();
    }

    @Test
    void githubCommandsEscapeDataAndProperties() throws Exception {
        assertThat(write(new GithubReporter())).startsWith("::warning file=a%2Cb%3Ac%25.yaml,line=3,col=5,"
                + "title=SL002 Suppression without a reason::50%25 of <x> & \"y\"\\nsecond line\n");
    }

    @Test
    void junitEscapesMarkupInAttributesAndText() throws Exception {
        String xml = write(new JunitReporter());
        assertThat(xml).contains("message=\"50% of &lt;x&gt; &amp; &quot;y&quot;\\nsecond line\"",
                ">a,b:c%.yaml:3:5: warning SL002 50% of &lt;x&gt; &amp; \"y\"\\nsecond line\n");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void sarifUrisArePercentEncoded() throws Exception {
        assertThat(write(new SarifReporter())).contains("\"uri\": \"a%2Cb%3Ac%25.yaml\"");
    }
}
