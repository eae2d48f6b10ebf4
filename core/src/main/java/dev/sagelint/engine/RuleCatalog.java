package dev.sagelint.engine;

import dev.sagelint.config.KnownRules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every rule the loaded packs provide, sorted by id; built from the DRL metadata, never typed twice. */
public final class RuleCatalog implements KnownRules {

    private final Map<String, RuleDescriptor> rules;

    public RuleCatalog(Collection<RuleDescriptor> descriptors) {
        Map<String, RuleDescriptor> byId = new TreeMap<>();
        for (RuleDescriptor d : descriptors) {
            RuleDescriptor previous = byId.put(d.id(), d);
            if (previous != null) {
                throw new RulePackException("rule " + d.id() + " is defined by both rule pack " + previous.packId()
                        + " and rule pack " + d.packId());
            }
        }
        this.rules = java.util.Collections.unmodifiableMap(byId);
    }

    public List<RuleDescriptor> all() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    @Override
    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    @Override
    public java.util.Collection<String> ids() {
        return rules.keySet();
    }

    @Override
    public dev.sagelint.config.LintConfig select(dev.sagelint.config.LintConfig config, List<String> select,
                                                 List<String> ignore) {
        return RuleSelection.apply(config, all(), select, ignore);
    }
}
