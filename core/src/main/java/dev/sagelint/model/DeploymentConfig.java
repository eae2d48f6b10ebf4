package dev.sagelint.model;

import java.util.List;

/**
 * An endpoint's DeploymentConfig: how an update shifts traffic to the new fleet and what rolls it back. Each value
 * null when not written or unknown.
 *
 * @param blueGreen          true when BlueGreenUpdatePolicy is written
 * @param trafficRoutingType BlueGreenUpdatePolicy.TrafficRoutingConfiguration.Type: ALL_AT_ONCE, CANARY or LINEAR
 * @param canarySizeType     TrafficRoutingConfiguration.CanarySize.Type: INSTANCE_COUNT or CAPACITY_PERCENT
 * @param canarySizeValue    TrafficRoutingConfiguration.CanarySize.Value
 * @param linearStepType     TrafficRoutingConfiguration.LinearStepSize.Type
 * @param linearStepValue    TrafficRoutingConfiguration.LinearStepSize.Value
 * @param waitIntervalInSeconds TrafficRoutingConfiguration.WaitIntervalInSeconds, or RollingUpdatePolicy's
 * @param terminationWaitInSeconds BlueGreenUpdatePolicy.TerminationWaitInSeconds
 * @param maximumExecutionTimeoutInSeconds MaximumExecutionTimeoutInSeconds of the update policy
 * @param rolling            true when RollingUpdatePolicy is written
 * @param maximumBatchSizeType  RollingUpdatePolicy.MaximumBatchSize.Type
 * @param maximumBatchSizeValue RollingUpdatePolicy.MaximumBatchSize.Value
 * @param rollbackAlarmCount the number of AutoRollbackConfiguration.Alarms entries written (known or not)
 * @param rollbackAlarms     the AlarmName of those entries whose name is known
 */
public record DeploymentConfig(boolean blueGreen, String trafficRoutingType, String canarySizeType,
                               Integer canarySizeValue, String linearStepType, Integer linearStepValue,
                               Integer waitIntervalInSeconds, Integer terminationWaitInSeconds,
                               Integer maximumExecutionTimeoutInSeconds, boolean rolling, String maximumBatchSizeType,
                               Integer maximumBatchSizeValue, int rollbackAlarmCount, List<String> rollbackAlarms,
                               Source source) {

    public DeploymentConfig {
        rollbackAlarms = List.copyOf(rollbackAlarms);
    }

    /** True for the deployments that shift traffic in steps and bake: CANARY, LINEAR and rolling. */
    public boolean guarded() {
        return rolling || "CANARY".equals(trafficRoutingType) || "LINEAR".equals(trafficRoutingType);
    }

    /** The fields of {@link DeploymentConfig} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        AUTO_ROLLBACK("autoRollback", "AutoRollbackConfiguration"),
        ROLLBACK_ALARMS("rollbackAlarms", "Alarms"),
        BLUE_GREEN("blueGreen", "BlueGreenUpdatePolicy"),
        ROLLING("rolling", "RollingUpdatePolicy"),
        TRAFFIC_ROUTING("trafficRouting", "TrafficRoutingConfiguration"),
        TRAFFIC_ROUTING_TYPE("trafficRoutingType", "Type"),
        CANARY_SIZE("canarySize"),
        CANARY_SIZE_TYPE("canarySizeType", "Type"),
        CANARY_SIZE_VALUE("canarySizeValue", "Value"),
        LINEAR_STEP_SIZE("linearStepSize"),
        LINEAR_STEP_TYPE("linearStepType", "Type"),
        LINEAR_STEP_VALUE("linearStepValue", "Value"),
        MAXIMUM_BATCH_SIZE("maximumBatchSize"),
        MAXIMUM_BATCH_SIZE_TYPE("maximumBatchSizeType", "Type"),
        MAXIMUM_BATCH_SIZE_VALUE("maximumBatchSizeValue", "Value"),
        WAIT_INTERVAL_IN_SECONDS("waitIntervalInSeconds"),
        TERMINATION_WAIT_IN_SECONDS("terminationWaitInSeconds"),
        MAXIMUM_EXECUTION_TIMEOUT_IN_SECONDS("maximumExecutionTimeoutInSeconds");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
