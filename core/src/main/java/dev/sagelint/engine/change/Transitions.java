package dev.sagelint.engine.change;

import dev.sagelint.engine.DeploymentHook;
import dev.sagelint.model.ConfigTransition;
import dev.sagelint.model.Container;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.EndpointTransition;
import dev.sagelint.model.Fact;
import dev.sagelint.model.FieldNames;
import dev.sagelint.model.Finding;
import dev.sagelint.model.InputNote;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.ModelTransition;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.Source;
import dev.sagelint.model.TargetTransition;
import dev.sagelint.model.Variant;
import dev.sagelint.model.VariantTransition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The head's {@link DeploymentHook}: adds to each head deployment the transition facts that pair its endpoints,
 * configs, variants, targets and models with their base versions ({@link BaseIndex}). The head's own facts are
 * unchanged, so every single-version rule sees exactly what it sees without a base.
 */
final class Transitions implements DeploymentHook {

    private final BaseIndex base;
    private final Map<String, Finding> unreadableBase;
    private final String baseLabel;

    Transitions(BaseIndex base) {
        this(base, Map.of(), "the base");
    }

    /**
     * @param unreadableBase the base's SL001 finding per display path (the first of each file): the head's version
     *                       of such a file gets an SL004 note, as its changes were not compared
     * @param baseLabel      how the base was given ({@code HEAD~1}, {@code ../live}), for those notes
     */
    Transitions(BaseIndex base, Map<String, Finding> unreadableBase, String baseLabel) {
        this.base = base;
        this.unreadableBase = Map.copyOf(unreadableBase);
        this.baseLabel = baseLabel;
    }

    @Override
    public Deployment apply(String format, Deployment deployment) {
        List<Fact> added = new ArrayList<>(notes(deployment));
        if (base.isEmpty() && added.isEmpty()) {
            return deployment;
        }
        Scope head = new Scope(deployment);
        for (Endpoint he : head.endpoints) {
            BaseIndex.Found<Endpoint> be = base.endpoint(head.id, he);
            if (be != null) {
                endpoint(format, head, he, be.scope(), be.fact(), added);
            }
        }
        for (EndpointConfig hc : head.configList) {
            BaseIndex.Found<EndpointConfig> bc = base.config(head.id, hc);
            if (bc != null) {
                added.add(new ConfigTransition("transition:config:" + hc.key(), format, bc.fact(), hc,
                        configChanges(format, bc.scope(), bc.fact(), head, hc), hc.source()));
            }
        }
        for (ScalableTarget ht : head.targets) {
            BaseIndex.Found<ScalableTarget> bt = base.target(head.id, ht);
            if (bt != null) {
                added.add(new TargetTransition("transition:target:" + ht.key(), format, bt.fact(), ht, ht.source()));
            }
        }
        for (Model hm : head.models) {
            BaseIndex.Found<Model> bm = base.model(head.id, hm);
            if (bm != null) {
                added.add(new ModelTransition("transition:model:" + hm.key(), format, bm.fact(), hm,
                        modelChanges(format, bm.scope(), bm.fact(), head, hm), hm.source()));
            }
        }
        if (added.isEmpty()) {
            return deployment;
        }
        List<Fact> facts = new ArrayList<>(deployment.facts());
        facts.addAll(added);
        return new Deployment(deployment.id(), deployment.environment(), facts);
    }

    private void endpoint(String format, Scope head, Endpoint he, Scope baseScope, Endpoint be, List<Fact> out) {
        EndpointConfig hc = he.configKey() == null ? null : head.configs.get(he.configKey());
        EndpointConfig bc = be.configKey() == null ? null : baseScope.configs.get(be.configKey());
        boolean replaced;
        if (hc != null && bc != null) {
            replaced = hc.name() != null && bc.name() != null ? !hc.name().equals(bc.name())
                    : !hc.key().equals(bc.key());
            replaced = replaced || !configChanges(format, baseScope, bc, head, hc).isEmpty();
        } else {
            replaced = he.configName() != null && be.configName() != null && !he.configName().equals(be.configName());
        }
        EndpointTransition transition = new EndpointTransition("transition:endpoint:" + he.key(), format, be, he,
                bc, hc, baseScope.variantsOf(bc), replaced, he.source());
        out.add(transition);
        if (bc == null || hc == null) {
            return;
        }
        List<Variant> headVariants = head.variantsOf(hc);
        List<Variant> baseVariants = baseScope.variantsOf(bc);
        List<String> headNames = headVariants.stream().map(Variant::name).toList();
        List<String> baseNames = baseVariants.stream().map(Variant::name).toList();
        for (int i = 0; i < baseVariants.size(); i++) {
            Variant bv = baseVariants.get(i);
            if (bv.name() == null) {
                continue;
            }
            Variant hv = headVariants.stream().filter(v -> bv.name().equals(v.name())).findFirst().orElse(null);
            boolean renamed = false;
            if (hv == null && headVariants.size() == baseVariants.size() && !headNames.contains(null)) {
                Variant candidate = headVariants.get(i);
                if (!baseNames.contains(candidate.name())) {
                    hv = candidate;
                    renamed = true;
                }
            }
            if (hv == null && headNames.contains(null)) {
                continue; // a head variant whose name is unknown may be this one
            }
            ScalableTarget bt = baseScope.targetOf(bv);
            ScalableTarget ht = bt == null ? null : headVersion(head, bt);
            Source at = hv != null ? hv.source() : at(hc, "variants");
            out.add(new VariantTransition("transition:variant:" + hc.key() + ":" + bv.name(), format,
                    transition.label(), he.key(), bv, hv, renamed, bt, ht, at));
        }
    }

    /** An SL004 note at the top of each head file whose base version could not be read. */
    private List<Fact> notes(Deployment deployment) {
        if (unreadableBase.isEmpty()) {
            return List.of();
        }
        Set<String> files = new TreeSet<>();
        deployment.facts().forEach(f -> files.add(f.source().file()));
        List<Fact> out = new ArrayList<>();
        for (String file : files) {
            Finding problem = unreadableBase.get(file);
            if (problem != null) {
                Location at = problem.location();
                out.add(InputNote.at(new Location(file, 1, 1), "the base version of this file (" + baseLabel
                        + ") cannot be read at line " + at.line() + ", column " + at.column() + ": "
                        + problem.message() + "; its changes are not checked against the base (the head is linted"
                        + " as usual)"));
            }
        }
        return out;
    }

    /** The head's version of a base target: the same logical id or address, or the same ResourceId. */
    private static ScalableTarget headVersion(Scope head, ScalableTarget bt) {
        for (ScalableTarget t : head.targets) {
            if (t.key().equals(bt.key())) {
                return t;
            }
        }
        if (bt.resourceId() == null || bt.resourceId().contains("${")) {
            return null;
        }
        return head.targets.stream().filter(t -> bt.resourceId().equals(t.resourceId())
                && Objects.equals(bt.dimension(), t.dimension())).findFirst().orElse(null);
    }

    /** A source whose location is the given field of the fact (where a removed child was listed). */
    private static Source at(Fact fact, String field) {
        return Source.at(fact.source().at(field));
    }

    static List<String> configChanges(String format, Scope baseScope, EndpointConfig bc, Scope head,
                                      EndpointConfig hc) {
        List<String> out = new ArrayList<>(Content.changes(format, "", without(bc), without(hc)));
        List<Variant> bvs = baseScope.variantsOf(bc);
        List<Variant> hvs = head.variantsOf(hc);
        String list = FieldNames.of(format, "ProductionVariants");
        for (int i = 0; i < Math.max(bvs.size(), hvs.size()); i++) {
            Variant b = i < bvs.size() ? bvs.get(i) : null;
            Variant h = i < hvs.size() ? hvs.get(i) : null;
            String name = h != null && h.name() != null ? h.name() : b != null && b.name() != null ? b.name()
                    : String.valueOf(i);
            if (b == null || h == null) {
                out.add(list + "[" + name + "]: " + (b == null ? "(not set) -> added" : "removed"));
            } else {
                out.addAll(Content.changes(format, list + "[" + name + "].", b, h));
            }
        }
        return out;
    }

    /** A config without the fields that only count or name its parts (compared part by part instead). */
    private static EndpointConfig without(EndpointConfig c) {
        return new EndpointConfig(c.key(), null, c.explicitName(), c.async(), null, c.shadowVariantCount(),
                c.executionRoleArn(), c.dataCapture(), null, c.tags(), c.kmsKeyId(), c.source());
    }

    static List<String> modelChanges(String format, Scope baseScope, Model bm, Scope head, Model hm) {
        List<String> out = new ArrayList<>(Content.changes(format, "", bm, hm));
        List<Container> bcs = baseScope.containersOf(bm);
        List<Container> hcs = head.containersOf(hm);
        for (int i = 0; i < Math.max(bcs.size(), hcs.size()); i++) {
            Container b = i < bcs.size() ? bcs.get(i) : null;
            Container h = i < hcs.size() ? hcs.get(i) : null;
            String prefix = (bcs.size() + hcs.size() > 2 ? FieldNames.of(format, "Containers") + "[" + i + "]"
                    : FieldNames.of(format, "PrimaryContainer")) + ".";
            if (b == null || h == null) {
                out.add(prefix.substring(0, prefix.length() - 1) + ": " + (b == null ? "added" : "removed"));
            } else {
                out.addAll(Content.changes(format, prefix, b, h));
            }
        }
        return out;
    }
}
