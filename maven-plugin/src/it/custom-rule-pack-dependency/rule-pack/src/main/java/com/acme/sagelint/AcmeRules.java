package com.acme.sagelint;

import dev.sagelint.spi.ClasspathRulePack;

/** ACME's house rules, compiled from the DRL under com/acme/sagelint/rules when the pack is loaded. */
public final class AcmeRules extends ClasspathRulePack {

    public AcmeRules() {
        super("acme", "com/acme/sagelint/rules");
    }
}
