package com.example.sagelint;

import dev.sagelint.spi.ClasspathRulePack;

/**
 * ACME's house rules. Every {@code *.drl} below {@code com/example/sagelint/rules} is a rule, compiled
 * when the pack is loaded; every {@code ACMExxx*.md} there is that rule's explanation. The class is
 * registered in {@code META-INF/services/dev.sagelint.spi.RulePack}.
 */
public final class AcmeRules extends ClasspathRulePack {

    public AcmeRules() {
        super("acme", "com/example/sagelint/rules");
    }
}
