package dev.sagelint.model;

/**
 * The user's account quota for one instance type "for endpoint usage" (the Service Quotas value AWS applies to
 * CreateEndpoint and scale-out), declared because no template records it. Read by SL207.
 *
 * @param instanceType the hosting instance type, e.g. {@code ml.g5.xlarge}
 * @param limit        the number of instances of that type the account may run for endpoints
 */
public record InstanceQuota(String key, String instanceType, Integer limit, Source source) implements Fact {
}
