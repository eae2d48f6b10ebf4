package dev.sagelint.engine.internal;

import dev.sagelint.engine.FindingSink;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;
import dev.sagelint.spi.RulePack;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.List;
import java.util.Map;

/** One rule pack compiled into a KieBase, ready to run on deployments from any thread. */
public final class LoadedPack {

    /** Guards against rules that keep re-activating each other. */
    private static final int MAX_FIRINGS = 100_000;

    private final RulePack pack;
    private final KieBase kieBase;
    private final Map<String, RuleDescriptor> rules;
    /**
     * Sessions are reused: a pooled session is reset when disposed and keeps its node memories, which a new
     * session would build again for every deployment (a sixth of the rule time of a 10,000-template run).
     */
    private final KieSessionsPool sessions;

    LoadedPack(RulePack pack, KieBase kieBase, Map<String, RuleDescriptor> rules) {
        this.pack = pack;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
    }

    public RulePack pack() {
        return pack;
    }

    public Map<String, RuleDescriptor> rules() {
        return rules;
    }

    /** Runs every rule of the pack on one deployment and returns what they report, unsorted. */
    public List<Finding> run(Deployment deployment) {
        return ContextClassLoader.with(pack.classLoader(), () -> fire(deployment));
    }

    private List<Finding> fire(Deployment deployment) {
        FindingSink sink = new FindingSink();
        KieSession session = sessions.newKieSession();
        var listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                String id = event.getMatch().getRule().getName();
                RuleDescriptor rule = rules.get(id);
                sink.firing(id, rule == null ? Severity.WARNING : rule.severity());
            }
        };
        try {
            session.setGlobal("sink", sink);
            session.addEventListener(listener);
            for (Fact fact : deployment.facts()) {
                session.insert(fact);
            }
            session.insert(deployment);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rule pack " + pack.id() + " fired " + fired
                        + " times on " + deployment.id() + "; a rule is re-activating itself");
            }
            return sink.findings();
        } finally {
            session.removeEventListener(listener);
            session.dispose(); // resets the session and returns it to the pool
        }
    }
}
