package dev.sagelint.config;

import dev.sagelint.engine.RuleCatalog;
import dev.sagelint.parse.Limits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every safety limit can be raised in .sagelint.yaml, and nonsense values are refused with the place. */
class LimitsConfigTest {

    static final RuleCatalog NO_RULES = new RuleCatalog(List.of());

    @Test
    void everyLimitIsConfigurable() {
        LintConfig config = ConfigLoader.parse(".sagelint.yaml", "limits:\n  maxFileBytes: 60000000\n"
                + "  maxNestingDepth: 500\n  maxAliases: 1000\n  parseTimeoutMillis: 30000\n", NO_RULES);
        assertThat(config.limits()).isEqualTo(new Limits(60_000_000, 500, 1000, 30_000));
    }

    @Test
    void unsetLimitsKeepTheirDefaults() {
        LintConfig config = ConfigLoader.parse(".sagelint.yaml", "limits:\n  parseTimeoutMillis: 5000\n", NO_RULES);
        assertThat(config.limits()).isEqualTo(Limits.DEFAULT.withParseTimeoutMillis(5000));
        assertThat(Limits.DEFAULT.parseTimeoutMillis()).isEqualTo(2000);
    }

    @Test
    void aZeroTimeoutIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> ConfigLoader.parse(".sagelint.yaml", "limits:\n  parseTimeoutMillis: 0\n", NO_RULES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".sagelint.yaml:2:")
                .hasMessageContaining("parseTimeoutMillis must be a positive whole number, not 0");
    }

    @Test
    void theRulePackBoundsAreLimitsToo() {
        LintConfig config = ConfigLoader.parse(".sagelint.yaml", "limits:\n  ruleTimeoutMillis: 3000\n"
                + "  maxRuleFirings: 500\n  packLoadTimeoutMillis: 9000000000\n", NO_RULES);
        assertThat(config.limits()).isEqualTo(new Limits(Limits.DEFAULT.maxFileBytes(), Limits.DEFAULT.maxNestingDepth(),
                Limits.DEFAULT.maxAliases(), Limits.DEFAULT.parseTimeoutMillis(), 3000, 500, 9_000_000_000L));
        assertThatThrownBy(() -> ConfigLoader.parse(".sagelint.yaml", "limits:\n  maxRuleFirings: 9000000000\n",
                NO_RULES)).isInstanceOf(ConfigException.class).hasMessageContaining(".sagelint.yaml:2:19")
                .hasMessageContaining("maxRuleFirings must be a positive whole number, not 9000000000");
    }

    @Test
    void theTemplateThatInitWritesListsEveryLimit() {
        assertThat(ConfigTemplate.TEXT).contains("maxFileBytes:", "maxNestingDepth:", "maxAliases:", "parseTimeoutMillis:",
                "ruleTimeoutMillis:", "maxRuleFirings:", "packLoadTimeoutMillis:");
        assertThat(ConfigLoader.parse(".sagelint.yaml", ConfigTemplate.TEXT, NO_RULES).limits()).isEqualTo(Limits.DEFAULT);
    }

    @Test
    void quotasAreReadAndAWrongNameOrValueIsRefusedWithItsPlace() {
        assertThat(ConfigLoader.parse(".sagelint.yaml", "quotas:\n  ml.g5.xlarge: 4\n  serverlessConcurrency: 10\n",
                NO_RULES).quotas()).containsExactly(java.util.Map.entry("ml.g5.xlarge", 4), // sorted by name
                java.util.Map.entry("serverlessConcurrency", 10));
        assertThatThrownBy(() -> ConfigLoader.parse(".sagelint.yaml", "quotas:\n  ml.g5.xlrge: 4\n", NO_RULES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".sagelint.yaml:2:3")
                .hasMessageContaining("quotas key 'ml.g5.xlrge' is not a SageMaker hosting instance type,"
                        + " serverlessConcurrency or serverlessProvisionedConcurrency; did you mean ml.g5.xlarge?");
        assertThatThrownBy(() -> ConfigLoader.parse(".sagelint.yaml", "quotas:\n  ml.g5.xlarge: -1\n", NO_RULES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".sagelint.yaml:2:17")
                .hasMessageContaining("quotas.ml.g5.xlarge must be a whole number >= 0, not -1");
    }
}
