package dev.sagelint.model;

/**
 * The user's account quota for the concurrency of all serverless endpoints in a Region, declared because no
 * template records it (the native spec's {@code quotas: { serverlessConcurrency: 10 }}). Read by SL211.
 *
 * @param quota which quota: {@link #MAX_CONCURRENCY} (the sum of every serverless variant's MaxConcurrency) or
 *              {@link #PROVISIONED_CONCURRENCY} (the sum of their ProvisionedConcurrency)
 * @param limit the declared quota
 */
public record ServerlessQuota(String key, String quota, Integer limit, Source source) implements Fact {

    /** The quota on the total MaxConcurrency of the serverless endpoints. */
    public static final String MAX_CONCURRENCY = "serverlessConcurrency";
    /** The quota on the total ProvisionedConcurrency of the serverless endpoints. */
    public static final String PROVISIONED_CONCURRENCY = "serverlessProvisionedConcurrency";

    /** True for the quota names the native spec accepts. */
    public static boolean named(String name) {
        return MAX_CONCURRENCY.equals(name) || PROVISIONED_CONCURRENCY.equals(name);
    }

    /** True when the quota limits the sum of ProvisionedConcurrency rather than of MaxConcurrency. */
    public boolean provisioned() {
        return PROVISIONED_CONCURRENCY.equals(quota);
    }
}
