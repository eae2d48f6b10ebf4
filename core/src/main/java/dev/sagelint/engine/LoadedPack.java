package dev.sagelint.engine;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;
import dev.sagelint.spi.RulePack;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule pack compiled into a KieBase, ready to run on deployments from any thread. Each run is bounded by
 * {@link RuleLimits}: it fires on the caller's thread under a {@link Watchdog}, which halts it past its time and, when a
 * rule does not stop, tells the caller's owner to carry on without that thread.
 */
public final class LoadedPack {

    private final RulePack pack;
    private final Map<String, RuleDescriptor> rules;
    private final Sessions sessions;

    LoadedPack(RulePack pack, KieBase kieBase, Map<String, RuleDescriptor> rules) {
        this.pack = pack;
        this.sessions = new Sessions(kieBase, Runtime.getRuntime().availableProcessors() * 2);
        this.rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
    }

    public RulePack pack() {
        return pack;
    }

    public Map<String, RuleDescriptor> rules() {
        return rules;
    }

    /**
     * What running the pack on one deployment gave: its findings, or why the run failed (then the findings are
     * dropped: a rule that failed part-way may have reported only some of them).
     */
    public record Result(List<Finding> findings, String failure) {
        static Result failed(String message) {
            return new Result(List.of(), message);
        }
    }

    /**
     * Runs every rule of the pack on one deployment on the calling thread, with the default firing limit and no time
     * limit, for tests and tools that look at one pack's findings; a failure is an {@link IllegalStateException}.
     */
    public List<Finding> run(Deployment deployment) {
        Firing firing = new Firing(deployment, RuleLimits.DEFAULT);
        try {
            return ContextClassLoader.with(pack.classLoader(), firing::fire);
        } catch (RuntimeException | Error e) {
            throw new IllegalStateException(failed(firing, e, RuleLimits.DEFAULT), e);
        }
    }

    /**
     * Runs every rule of the pack on one deployment within the limits, on the calling thread, watched by
     * {@code watchdog}: past the time limit the run is halted; a rule that does not stop then is left running on this
     * thread, {@code abandoned} is told (on the watchdog's thread) with the failure to report for the deployment, and
     * this call, should the rule ever return, throws {@link Abandoned}: the thread's work was handed on.
     */
    public Result run(Deployment deployment, RuleLimits limits, Watchdog watchdog,
                      java.util.function.Consumer<String> abandoned) {
        Firing firing = new Firing(deployment, limits);
        String[] stopped = new String[1]; // the rule running when the run was halted, for the message
        String[] lost = new String[1];
        Watchdog.Watch watch = watchdog.watch(limits.ruleTimeoutMillis(), () -> {
            stopped[0] = firing.current;
            firing.halt();
        }, () -> {
            lost[0] = timedOut(stopped[0], limits, "did not stop and was abandoned (its thread runs on until sagelint"
                    + " exits)");
            abandoned.accept(lost[0]);
        });
        List<Finding> findings = null;
        Throwable failure = null;
        try {
            findings = ContextClassLoader.with(pack.classLoader(), firing::fire);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        switch (watch.end()) {
            case HALTED:
                return Result.failed(timedOut(stopped[0], limits, "was stopped"));
            case ABANDONED:
                throw new Abandoned();
            default:
                return failure == null ? new Result(findings, null) : Result.failed(failed(firing, failure, limits));
        }
    }

    private String timedOut(String rule, RuleLimits limits, String what) {
        return "rule pack " + pack.id() + ": " + (rule == null ? "matching the facts" : "rule " + rule)
                + " ran longer than " + RuleLimits.seconds(limits.ruleTimeoutMillis()) + " on this deployment and "
                + what + "; the pack's findings for it are dropped; fix the rule, or raise the limit"
                + " (--rule-timeout-millis, limits.ruleTimeoutMillis in .sagelint.yaml, Maven"
                + " ruleTimeoutMillis) if the pack is trusted";
    }

    private String failed(Firing firing, Throwable cause, RuleLimits limits) {
        if (cause instanceof FiringLimit limit) {
            return "rule pack " + pack.id() + ": rule " + limit.rule + " fired " + limit.times + " times on this"
                    + " deployment and the pack was stopped at the limit of " + limits.maxRuleFirings() + " rule firings"
                    + " (a rule that re-activates itself: add no-loop or a guard to its condition); the pack's findings"
                    + " for it are dropped; fix the rule, or raise the limit (--max-rule-firings, limits.maxRuleFirings"
                    + " in .sagelint.yaml, Maven maxRuleFirings) if the pack is trusted";
        }
        Throwable t = cause;
        while (t instanceof ConsequenceException && t.getCause() != null) {
            t = t.getCause();
        }
        String rule = firing.current;
        String message = t.getMessage() == null ? "" : ": " + oneLine(t.getMessage());
        return "rule pack " + pack.id() + ": " + (rule == null ? "matching the facts" : "rule " + rule)
                + " failed on this deployment (" + t.getClass().getSimpleName() + message + "); the pack's findings"
                + " for it are dropped; fix the rule, or report it to the pack's authors";
    }

    private static String oneLine(String s) {
        String line = s.strip().replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** Thrown on a thread whose run was abandoned, should the rule ever return: whatever it computes is not wanted. */
    public static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("abandoned", null, false, false);
        }
    }

    /** A pack that fired its limit of rules on a deployment without settling. */
    private static final class FiringLimit extends RuntimeException {
        final String rule;
        final int times;

        FiringLimit(String rule, int times) {
            super(null, null, false, false);
            this.rule = rule;
            this.times = times;
        }
    }

    /** One run of the pack on one deployment; {@link #halt()} is called from the watchdog's thread. */
    private final class Firing {
        private final Deployment deployment;
        private final RuleLimits limits;
        /** The rule whose consequence is running, for messages. */
        volatile String current;
        private volatile KieSession session;
        private volatile boolean halted;
        /** Firings by rule, written on the rule thread only. */
        private final Map<String, Integer> counts = new HashMap<>();

        Firing(Deployment deployment, RuleLimits limits) {
            this.deployment = deployment;
            this.limits = limits;
        }

        void halt() {
            halted = true;
            KieSession s = session;
            if (s != null) {
                s.halt();
            }
        }

        List<Finding> fire() {
            FindingSink sink = new FindingSink(limits.maxRuleFirings());
            KieSession s = sessions.take();
            session = s;
            boolean clean = false;
            var listener = new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    String id = event.getMatch().getRule().getName();
                    current = id;
                    counts.merge(id, 1, Integer::sum);
                    RuleDescriptor rule = rules.get(id);
                    sink.firing(id, rule == null ? Severity.WARNING : rule.severity());
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    current = null;
                }
            };
            try {
                s.setGlobal("sink", sink);
                s.addEventListener(listener);
                for (Fact fact : deployment.facts()) {
                    s.insert(fact);
                }
                s.insert(deployment);
                int fired = s.fireAllRules(limits.maxRuleFirings());
                if (halted) {
                    throw new IllegalStateException("halted");
                }
                if (fired >= limits.maxRuleFirings()) {
                    String most = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("?");
                    throw new FiringLimit(most, counts.getOrDefault(most, fired));
                }
                clean = true;
                return sink.findings();
            } finally {
                session = null;
                if (clean && !halted) {
                    s.removeEventListener(listener);
                    sessions.giveBack(s);
                } else {
                    sessions.discard(s);
                }
            }
        }
    }
}
