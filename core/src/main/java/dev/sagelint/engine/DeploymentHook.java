package dev.sagelint.engine;

import dev.sagelint.model.Deployment;

/**
 * A step between linking and the rules: sees each deployment of a run after it is parsed and linked and may give the
 * rules a deployment with more facts. Change-aware linting ({@code dev.sagelint.engine.change}) uses it to remember
 * the base's deployments and to add the transition facts to the head's. Called on the worker threads, once per
 * deployment; implementations must be thread-safe.
 */
@FunctionalInterface
public interface DeploymentHook {

    /** The hook that changes nothing. */
    DeploymentHook NONE = (format, deployment) -> deployment;

    /**
     * @param format     the {@link dev.sagelint.parse.InputFormat#name()} the deployment was read by
     * @param deployment a parsed, linked deployment
     * @return the deployment the rules see
     */
    Deployment apply(String format, Deployment deployment);
}
