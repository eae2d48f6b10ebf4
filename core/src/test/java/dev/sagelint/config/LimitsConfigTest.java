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
    void theTemplateThatInitWritesListsEveryLimit() {
        assertThat(ConfigTemplate.TEXT).contains("maxFileBytes:", "maxNestingDepth:", "maxAliases:", "parseTimeoutMillis:");
        assertThat(ConfigLoader.parse(".sagelint.yaml", ConfigTemplate.TEXT, NO_RULES).limits()).isEqualTo(Limits.DEFAULT);
    }
}
