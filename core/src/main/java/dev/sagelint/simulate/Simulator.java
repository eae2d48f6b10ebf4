package dev.sagelint.simulate;

import dev.sagelint.simulate.ScalingSetup.Metric;
import dev.sagelint.simulate.ScalingSetup.ScheduledChange;
import dev.sagelint.simulate.ScalingSetup.Step;
import dev.sagelint.simulate.ScalingSetup.StepPolicy;
import dev.sagelint.simulate.ScalingSetup.TrackingPolicy;
import dev.sagelint.simulate.SimulationResult.Event;
import dev.sagelint.simulate.SimulationResult.Minute;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Replays a traffic series through a variant's scaling configuration in 10-second ticks, the
 * period of the high-resolution metrics. Every constant is AWS's where AWS states it (sources in the
 * comments and in docs/simulate.md); where AWS does not, the choice is named an estimate.
 * Deterministic: no clock, no randomness.
 */
public final class Simulator {

    /** Ticks per minute: 10-second ticks, the period of the high-resolution metrics (DG:endpoint-auto-scaling-add-code-define). */
    public static final int TICKS = 6;

    /**
     * Target tracking's scale-out alarm: metric above the target for 3 datapoints out of 3 (one-minute
     * period for InvocationsPerInstance). AWS creates and manages these alarms
     * (AASUG:target-tracking-scaling-policy-overview); the 3-of-3 high alarm and 15-of-15 low alarm at
     * 90% of the target are what the managed alarms show in CloudWatch, as reported for a SageMaker
     * variant in re:Post "SageMaker autoscaling delay" (QUf450Wsd9RROGGOIwaolN9w: "&gt; 1500 for 3
     * datapoints within 3 minutes", "&lt; 1350 for 15 datapoints within 15 minutes").
     */
    public static final int SCALE_OUT_DATAPOINTS = 3;
    /** Target tracking's scale-in alarm length, in one-minute datapoints (see {@link #SCALE_OUT_DATAPOINTS}). */
    public static final int SCALE_IN_DATAPOINTS = 15;
    /**
     * Scale-in alarm threshold as a fraction of the target: AWS says target tracking removes capacity
     * only when the metric is well below the target ("usually more than 10%",
     * AASUG:target-tracking-scaling-policy-overview); the managed alarm uses 90% of the target.
     */
    public static final double SCALE_IN_FRACTION = 0.9;
    /**
     * Default ScaleOutCooldown / ScaleInCooldown for SageMaker endpoint variants: 300 seconds each
     * (DG:endpoint-auto-scaling-prerequisites; BOTO-AAS TargetTrackingScalingPolicyConfiguration).
     */
    public static final int DEFAULT_COOLDOWN_SECONDS = 300;
    /** Default step-scaling Cooldown: "If not specified, the default value is 300" (BOTO-AAS StepScalingPolicyConfiguration). */
    public static final int DEFAULT_STEP_COOLDOWN_SECONDS = 300;

    private Simulator() {
    }

    public static SimulationResult run(ScalingSetup setup, Traffic traffic, Assumptions assumptions) {
        return new Run(setup, traffic, assumptions).execute();
    }

    private static final class Run {
        private final ScalingSetup setup;
        private final Traffic traffic;
        private final Assumptions a;
        private final List<TrackState> tracking = new ArrayList<>();
        private final List<StepState> steps = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Minute> rows = new ArrayList<>();
        /** Instances launched and not yet serving, as batches {ready tick, count}: one batch per scale-out. */
        private final Deque<int[]> pending = new ArrayDeque<>();
        private int pendingCount;
        private final boolean highResolution;
        private int min;
        private int max;
        private int desired;
        private int inService;
        private int tick;

        Run(ScalingSetup setup, Traffic traffic, Assumptions a) {
            this.setup = setup;
            this.traffic = traffic;
            this.a = a;
            setup.tracking().forEach(p -> tracking.add(new TrackState(p)));
            setup.steps().forEach(p -> steps.add(new StepState(p)));
            highResolution = setup.tracking().stream().anyMatch(p -> p.metric().highResolution());
        }

        SimulationResult execute() {
            min = setup.minCapacity();
            max = setup.maxCapacity();
            preRollSchedule();
            desired = clamp(setup.initialInstances());
            inService = desired;
            double requests = 0;
            double above = 0;
            double billedTicks = 0;
            double idleTicks = 0;
            int under = 0;
            int peak = desired;
            for (int minute = 0; minute < traffic.minutes(); minute++) {
                applySchedule(minute);
                double demand = traffic.at(minute);
                double aboveThisMinute = 0;
                double concurrencySum = 0;
                for (int sub = 0; sub < TICKS; sub++) {
                    tick = minute * TICKS + sub;
                    promote();
                    double capacity = inService * a.capacityRps();
                    aboveThisMinute += Math.max(0, demand - capacity) * 10;
                    int provisioned = inService + pendingCount;
                    billedTicks += provisioned;
                    idleTicks += Math.max(0, provisioned - Math.ceil(demand / a.capacityRps() - 1e-9));
                    double concurrency = demand * a.latencySeconds() / Math.max(1, inService);
                    concurrencySum += concurrency;
                    for (TrackState t : tracking) {
                        if (t.policy.metric().highResolution()) {
                            t.datapoint(concurrency, sub == TICKS - 1 ? concurrencySum / TICKS : null);
                        } else if (sub == TICKS - 1) {
                            double perInstance = demand * 60 / Math.max(1, inService);
                            t.datapoint(perInstance, perInstance);
                        }
                    }
                    if (sub == TICKS - 1) {
                        for (StepState s : steps) {
                            s.datapoint(s.policy.metric() == Metric.INVOCATIONS ? demand * 60
                                    : demand * 60 / Math.max(1, inService));
                        }
                    }
                    if (sub == TICKS - 1 || highResolution || clamp(desired) != desired) {
                        decide();
                    }
                    peak = Math.max(peak, desired);
                }
                requests += demand * 60;
                above += aboveThisMinute;
                if (aboveThisMinute > 1e-9) {
                    under++;
                }
                TrackState first = tracking.isEmpty() ? null : tracking.get(0);
                rows.add(new Minute(minute, Clock.label(minute), demand, desired, inService, min, max,
                        inService * a.capacityRps(), first == null ? null : first.lastMinuteValue,
                        first == null ? null : first.policy.targetValue(), aboveThisMinute, aboveThisMinute > 1e-9));
            }
            double instanceHours = billedTicks / (TICKS * 60.0);
            Double cost = a.pricePerHour() == null ? null : instanceHours * a.pricePerHour();
            int outs = (int) events.stream().filter(e -> e.kind().equals("scale-out")).count();
            int ins = (int) events.stream().filter(e -> e.kind().equals("scale-in")).count();
            var totals = new SimulationResult.Totals(traffic.minutes(), requests, above,
                    requests == 0 ? 0 : above / requests, under, instanceHours, idleTicks / (TICKS * 60.0), cost,
                    peak, outs, ins);
            return new SimulationResult(setup, a, traffic.description(), rows, events, totals);
        }

        /** Capacity bounds in force at minute 0: the actions that fired during the week before. */
        private void preRollSchedule() {
            if (setup.scheduledSuspended()) {
                return;
            }
            for (int m = -7 * 1440; m < 0; m++) {
                for (ScheduledChange c : setup.scheduled()) {
                    if (c.schedule().firesAt(m)) {
                        setBounds(c);
                    }
                }
            }
        }

        /**
         * Scheduled actions set MinCapacity/MaxCapacity; when the current capacity is outside the new
         * range, Application Auto Scaling scales to the nearest bound (AASUG:application-auto-scaling-scheduled-scaling).
         * Cooldowns do not apply to them.
         */
        private void applySchedule(int minute) {
            if (setup.scheduledSuspended()) {
                return;
            }
            for (ScheduledChange c : setup.scheduled()) {
                if (c.schedule().firesAt(minute)) {
                    tick = minute * TICKS;
                    setBounds(c);
                    int target = clamp(desired);
                    if (target != desired && pending.isEmpty()) {
                        change(target, "scheduled", "scheduled action " + c.name() + " set min " + min + ", max " + max);
                    } else {
                        events.add(new Event(minute, Clock.label(minute), "schedule", desired, desired,
                                "scheduled action " + c.name() + " set min " + min + ", max " + max));
                    }
                }
            }
        }

        private void setBounds(ScheduledChange c) {
            if (c.minCapacity() != null) {
                min = c.minCapacity();
            }
            if (c.maxCapacity() != null) {
                max = c.maxCapacity();
            }
            if (min > max) {
                max = min;
            }
        }

        /**
         * One scaling decision. Nothing changes while the endpoint is Updating: a capacity change sets
         * the endpoint to Updating until the new instances serve (BOTO-SM UpdateEndpointWeightsAndCapacities:
         * "SageMaker sets the endpoint status to Updating. After updating the endpoint, it sets the status
         * to InService"), and SageMaker does not accept another update of an endpoint that is updating
         * (our reading; observed as "Cannot update in-progress endpoint"). Policies re-invoked in the
         * meantime act once it is InService; bounds a scheduled action set meanwhile apply then.
         */
        private void decide() {
            if (!pending.isEmpty()) {
                return;
            }
            if (clamp(desired) != desired) {
                change(clamp(desired), "scheduled", "capacity moved into the bounds " + min + "-" + max
                        + " once the endpoint was InService");
                return;
            }
            int out = desired;
            String outCause = null;
            for (TrackState t : tracking) {
                Integer want = t.scaleOut();
                if (want != null && want > out) {
                    out = want;
                    outCause = "target tracking " + t.policy.name() + ": " + t.policy.metric().awsName() + " "
                            + Traffic.fmt(round2(t.lastValue)) + " > target " + Traffic.fmt(t.policy.targetValue());
                }
            }
            for (StepState s : steps) {
                Integer want = s.proposal(true);
                if (want != null && want > out) {
                    out = want;
                    outCause = "step scaling " + s.policy.name() + ": " + s.policy.metric().awsName() + " "
                            + Traffic.fmt(round2(s.lastValue)) + " breached threshold " + Traffic.fmt(s.policy.threshold());
                }
            }
            out = clamp(out);
            if (out > desired && !setup.scaleOutSuspended()) {
                int before = desired;
                change(out, "scale-out", outCause);
                tracking.forEach(t -> t.afterScaleOut(tick));
                steps.forEach(s -> s.afterChange(tick, before, true));
                return;
            }
            if (setup.scaleInSuspended()) {
                return;
            }
            Integer in = trackingScaleIn();
            String inCause = null;
            for (StepState s : steps) {
                Integer want = s.proposal(false);
                if (want != null && want < desired && (in == null || want < in)) {
                    in = want;
                    inCause = "step scaling " + s.policy.name() + ": " + s.policy.metric().awsName() + " "
                            + Traffic.fmt(round2(s.lastValue)) + " breached threshold " + Traffic.fmt(s.policy.threshold());
                }
            }
            if (in != null && clamp(in) < desired) {
                int before = desired;
                if (inCause == null) {
                    inCause = "target tracking: metric below " + Math.round(SCALE_IN_FRACTION * 100)
                            + "% of target for " + SCALE_IN_DATAPOINTS + " minutes";
                }
                change(clamp(in), "scale-in", inCause);
                tracking.forEach(t -> t.afterScaleIn(tick));
                steps.forEach(s -> s.afterChange(tick, before, false));
            }
        }

        /**
         * Scale-in happens only when every target-tracking policy with scale-in enabled agrees; the
         * result is the largest of their proposals (AASUG:application-auto-scaling-target-tracking).
         */
        private Integer trackingScaleIn() {
            Integer result = null;
            boolean any = false;
            for (TrackState t : tracking) {
                if (t.policy.disableScaleIn()) {
                    continue;
                }
                any = true;
                Integer want = t.scaleIn();
                if (want == null) {
                    return null;
                }
                result = result == null ? want : Math.max(result, want);
            }
            return any && result != null && result < desired ? result : null;
        }

        private void change(int to, String kind, String cause) {
            int minute = tick / TICKS;
            events.add(new Event(minute, Clock.label(minute), kind, desired, to, cause));
            if (to > desired) {
                // A new instance bills from launch and serves after the warm-up delay (an estimate, see InstanceFamilies).
                pending.addLast(new int[] {tick + a.warmupMinutes() * TICKS, to - desired});
                pendingCount += to - desired;
                if (a.warmupMinutes() == 0) {
                    promote();
                }
            } else {
                int remove = desired - to;
                while (remove > 0 && !pending.isEmpty()) {
                    int[] last = pending.peekLast();
                    int n = Math.min(remove, last[1]);
                    last[1] -= n;
                    pendingCount -= n;
                    remove -= n;
                    if (last[1] == 0) {
                        pending.removeLast();
                    }
                }
                inService -= remove;
            }
            desired = to;
        }

        private void promote() {
            while (!pending.isEmpty() && pending.peekFirst()[0] <= tick) {
                int[] ready = pending.removeFirst();
                pendingCount -= ready[1];
                inService += ready[1];
            }
        }

        private int clamp(int value) {
            return Math.max(min, Math.min(max, value));
        }

        /**
         * Target tracking state: the alarms over its datapoints and its two cooldowns. The high alarm
         * invokes the policy when it enters ALARM and once a minute while it stays there ("an alarm invokes
         * an Auto Scaling action once each minute when the alarm remains in a new state": AWS Knowledge
         * Center, repost.aws/knowledge-center/autoscaling-policy-cloudwatch-alarm).
         */
        private final class TrackState {
            final TrackingPolicy policy;
            final Deque<Double> high = new ArrayDeque<>();
            final Deque<Double> low = new ArrayDeque<>();
            double lastValue;
            Double lastMinuteValue;
            boolean inAlarm;
            boolean fire;
            int lastInvoked = Integer.MIN_VALUE / 2;
            int scaleOutUntil = Integer.MIN_VALUE;
            int scaleInUntil = Integer.MIN_VALUE;

            TrackState(TrackingPolicy policy) {
                this.policy = policy;
            }

            void datapoint(double value, Double minuteValue) {
                lastValue = value;
                push(high, value, SCALE_OUT_DATAPOINTS);
                if (minuteValue != null) {
                    lastMinuteValue = minuteValue;
                    push(low, minuteValue, SCALE_IN_DATAPOINTS);
                }
                boolean breaching = high.size() == SCALE_OUT_DATAPOINTS
                        && all(high, policy.targetValue(), true);
                fire = breaching && (!inAlarm || tick - lastInvoked >= TICKS);
                inAlarm = breaching;
            }

            /**
             * New desired capacity, proportional to the metric: current capacity x metric / target,
             * rounded up (AASUG:target-tracking-scaling-policy-overview: "adding capacity proportional to
             * the metric value"). The current capacity of the DesiredInstanceCount dimension is the
             * desired count. During the scale-out cooldown "the scaling policy won't increase the desired
             * capacity again unless either a larger scale out is triggered or the cooldown period ends",
             * and "the capacity added by the initiating scale-out activity is calculated as part of the
             * desired capacity for the next scale-out" (BOTO-AAS ScaleOutCooldown): so a load that keeps
             * rising scales out during the cooldown, and what the cooldown suppresses is a repeat of the
             * same correction. The caller makes no change while the endpoint is Updating, so a repeat
             * computed from datapoints taken before the new instances served cannot happen here either.
             */
            Integer scaleOut() {
                if (!fire) {
                    return null;
                }
                fire = false;
                lastInvoked = tick;
                int want = (int) Math.ceil(Math.max(1, desired) * lastValue / policy.targetValue() - 1e-9);
                return tick < scaleOutUntil && want <= desired ? null : want;
            }

            /**
             * Scale-in needs a sustained drop: the managed low alarm wants every one of the last
             * {@link #SCALE_IN_DATAPOINTS} one-minute datapoints below {@link #SCALE_IN_FRACTION} of the
             * target, so a lull shorter than that never removes capacity whatever the ScaleInCooldown.
             * The cooldown only spaces consecutive scale-ins after such a drop, and a scale-out ends it
             * ({@link #afterScaleOut}).
             */
            Integer scaleIn() {
                if (low.size() < SCALE_IN_DATAPOINTS || tick < scaleInUntil || tick % TICKS != TICKS - 1) {
                    return null;
                }
                double threshold = SCALE_IN_FRACTION * policy.targetValue();
                if (!all(low, threshold, false)) {
                    return null;
                }
                return (int) Math.ceil(Math.max(1, desired) * lastMinuteValue / policy.targetValue() - 1e-9);
            }

            void afterScaleOut(int now) {
                if (now >= scaleOutUntil) {
                    scaleOutUntil = now + policy.scaleOutCooldown() * TICKS / 60;
                }
                // "if another alarm triggers a scale-out during the scale-in cooldown, Application Auto
                // Scaling scales out immediately ... the scale-in cooldown stops" (BOTO-AAS ScaleInCooldown).
                scaleInUntil = Integer.MIN_VALUE;
            }

            void afterScaleIn(int now) {
                scaleInUntil = now + policy.scaleInCooldown() * TICKS / 60;
                low.clear();
            }
        }

        /**
         * Step scaling: a CloudWatch alarm on the policy's metric (one one-minute datapoint; the
         * alarm's own EvaluationPeriods are not in the model), the step whose bounds contain
         * metric - threshold, and the cooldown rule of AASUG:application-auto-scaling-step-scaling-policies:
         * during the cooldown a further scale-out counts the capacity added by the one that started it,
         * and scale-in waits.
         */
        private final class StepState {
            final StepPolicy policy;
            double lastValue;
            boolean inAlarm;
            boolean fire;
            int lastInvoked = Integer.MIN_VALUE / 2;
            int cooldownUntil = Integer.MIN_VALUE;
            int baseDuringCooldown;

            StepState(StepPolicy policy) {
                this.policy = policy;
            }

            void datapoint(double value) {
                lastValue = value;
                boolean breaching = policy.scalesOut() ? value >= policy.threshold() : value <= policy.threshold();
                fire = breaching && (!inAlarm || tick - lastInvoked >= TICKS);
                inAlarm = breaching;
            }

            Integer proposal(boolean out) {
                if (!fire || policy.scalesOut() != out) {
                    return null;
                }
                boolean cooling = tick < cooldownUntil;
                if (!out && cooling) {
                    return null;
                }
                fire = false;
                lastInvoked = tick;
                Step step = stepFor(lastValue - policy.threshold());
                if (step == null) {
                    return null;
                }
                int base = cooling ? baseDuringCooldown : desired;
                return switch (policy.adjustmentType() == null ? "ChangeInCapacity" : policy.adjustmentType()) {
                    case "ExactCapacity" -> step.adjustment();
                    case "PercentChangeInCapacity" -> base + percent(base, step.adjustment());
                    default -> base + step.adjustment();
                };
            }

            /**
             * PercentChangeInCapacity: results between -1 and 1 become -1 or 1, others are truncated
             * toward zero, and MinAdjustmentMagnitude is the least change
             * (AASUG:application-auto-scaling-step-scaling-policies).
             */
            private int percent(int base, int adjustment) {
                double delta = base * adjustment / 100.0;
                int change = Math.abs(delta) < 1 ? (int) Math.signum(delta) : (int) delta;
                Integer least = policy.minAdjustmentMagnitude();
                if (least != null && Math.abs(change) < least) {
                    change = (int) Math.signum(change) * least;
                }
                return change;
            }

            private Step stepFor(double breach) {
                for (Step s : policy.steps()) {
                    double lo = s.lowerBound() == null ? Double.NEGATIVE_INFINITY : s.lowerBound();
                    double hi = s.upperBound() == null ? Double.POSITIVE_INFINITY : s.upperBound();
                    if (breach >= lo && breach < hi) {
                        return s;
                    }
                }
                return null;
            }

            void afterChange(int now, int before, boolean out) {
                if (now >= cooldownUntil) {
                    cooldownUntil = now + policy.cooldown() * TICKS / 60;
                    baseDuringCooldown = before;
                }
            }
        }
    }

    private static void push(Deque<Double> window, double value, int size) {
        window.addLast(value);
        while (window.size() > size) {
            window.removeFirst();
        }
    }

    private static boolean all(Deque<Double> window, double threshold, boolean above) {
        for (double v : window) {
            if (above ? !(v > threshold) : !(v < threshold)) {
                return false;
            }
        }
        return true;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
