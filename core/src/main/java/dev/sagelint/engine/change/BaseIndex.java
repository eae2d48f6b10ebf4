package dev.sagelint.engine.change;

import dev.sagelint.engine.DeploymentHook;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * The base's deployments, remembered while the base is linted (as its {@link DeploymentHook}), then looked up by
 * the head: a resource is the same one across versions when it has the same name (EndpointName,
 * EndpointConfigName, ModelName, a target's ResourceId), or, when a side does not know the name, the same logical id
 * or resource address in the deployment of the same path. A name that several base deployments use matches nothing
 * (the change cannot tell which one is meant), except within the same path.
 */
final class BaseIndex implements DeploymentHook {

    private final ConcurrentLinkedQueue<Scope> collected = new ConcurrentLinkedQueue<>();
    private volatile List<Scope> scopes;

    @Override
    public Deployment apply(String format, Deployment deployment) {
        collected.add(new Scope(deployment));
        return deployment;
    }

    /** Ends collection; lookups see the base in path order, whatever order the units were linted in. */
    BaseIndex freeze() {
        List<Scope> sorted = new ArrayList<>(collected);
        sorted.sort(Comparator.comparing(s -> s.id));
        scopes = List.copyOf(sorted);
        return this;
    }

    boolean isEmpty() {
        return scopes().isEmpty();
    }

    private List<Scope> scopes() {
        if (scopes == null) {
            throw new IllegalStateException("the base index is read before the base was linted");
        }
        return scopes;
    }

    /** A base resource and the deployment it belongs to. */
    record Found<T>(Scope scope, T fact) {
    }

    Found<Endpoint> endpoint(String deploymentId, Endpoint head) {
        return match(deploymentId, head.name(), head.key(), s -> s.endpoints, Endpoint::name, Endpoint::key);
    }

    Found<EndpointConfig> config(String deploymentId, EndpointConfig head) {
        return match(deploymentId, head.name(), head.key(), s -> s.configList, EndpointConfig::name,
                EndpointConfig::key);
    }

    Found<Model> model(String deploymentId, Model head) {
        return match(deploymentId, head.name(), head.key(), s -> s.models, Model::name, Model::key);
    }

    Found<ScalableTarget> target(String deploymentId, ScalableTarget head) {
        // a logical id or address first: the target a change edits keeps it even when its ResourceId changes
        for (Scope s : scopes()) {
            if (s.id.equals(deploymentId)) {
                for (ScalableTarget t : s.targets) {
                    if (t.key().equals(head.key())) {
                        return new Found<>(s, t);
                    }
                }
            }
        }
        if (head.resourceId() == null || head.resourceId().contains("${")) {
            return null;
        }
        String identity = head.resourceId() + '|' + head.dimension();
        return unique(deploymentId, s -> s.targets.stream()
                .filter(t -> identity.equals(t.resourceId() + '|' + t.dimension())).toList());
    }

    private <T> Found<T> match(String deploymentId, String name, String key, Function<Scope, List<T>> facts,
                               Function<T, String> nameOf, Function<T, String> keyOf) {
        if (name != null) {
            Found<T> byName = unique(deploymentId, s -> facts.apply(s).stream()
                    .filter(f -> name.equals(nameOf.apply(f))).toList());
            if (byName != null) {
                return byName;
            }
        }
        for (Scope s : scopes()) {
            if (s.id.equals(deploymentId)) {
                for (T f : facts.apply(s)) {
                    if (keyOf.apply(f).equals(key) && (name == null || nameOf.apply(f) == null
                            || Objects.equals(name, nameOf.apply(f)))) {
                        return new Found<>(s, f);
                    }
                }
            }
        }
        return null;
    }

    /** The one candidate across the base; when several deployments have one, the candidate of the same path. */
    private <T> Found<T> unique(String deploymentId, Function<Scope, List<T>> candidates) {
        List<Found<T>> all = new ArrayList<>();
        for (Scope s : scopes()) {
            candidates.apply(s).forEach(f -> all.add(new Found<>(s, f)));
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        List<Found<T>> samePath = all.stream().filter(f -> f.scope().id.equals(deploymentId)).toList();
        return samePath.size() == 1 ? samePath.get(0) : null;
    }
}
