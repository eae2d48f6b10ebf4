package dev.sagelint.parse;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.StackOrder;
import dev.sagelint.model.Variant;
import dev.sagelint.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Linker resolves the references readers leave as {@link Ref}s, and rules never see a Ref. */
class LinkerRefsTest {

    private static final Source SRC = Source.at(new Location("t.json", 1, 1));
    private static final String RID = "endpoint/ep/variant/AllTraffic";

    @Test
    void anAlarmActionFindsThePolicyByItsArnElseByTheResourceIdAndNameInIt() {
        String listed = "arn:aws:autoscaling:eu-west-1:1:scalingPolicy:u1:resource/sagemaker/" + RID
                + ":policyName/listed";
        String named = "arn:aws:autoscaling:eu-west-1:1:scalingPolicy:u2:resource/sagemaker/" + RID
                + ":policyName/named";
        Deployment d = link(policy("p1", "other-name"), Ref.of("p1", Ref.Kind.POLICY_ARN_OF, listed),
                policy("p2", "named"), alarm("a"), Ref.of("a", Ref.Kind.POLICY_BY_ARN, named),
                Ref.of("a", Ref.Kind.POLICY_BY_ARN, listed), Ref.of("a", Ref.Kind.POLICY_BY_ARN, "arn:elsewhere"));
        assertEquals(List.of("p2", "p1"), only(d, Alarm.class).get(0).policyKeys());
        assertTrue(only(d, Ref.class).isEmpty(), "the Linker drops the references it resolves");
    }

    @Test
    void aScheduledActionFindsTheTargetWithItsResourceIdAndDimension() {
        Deployment d = link(target("t-other", "sagemaker:variant:Other", null),
                target("t", ScalableTarget.INSTANCE_COUNT, null),
                new ScheduledAction("s", null, "night", "cron(0 20 * * ? *)", null, 0, 1, SRC),
                new Ref("s", Ref.Kind.TARGET_BY_RESOURCE_ID, RID, ScalableTarget.INSTANCE_COUNT));
        assertEquals("t", only(d, ScheduledAction.class).get(0).targetKey());
    }

    @Test
    void aModelIsInTheVpcItsSubnetsAgreeOnAndUnknownWhenTheyDisagree() {
        Deployment agree = link(model(List.of("s1", "s2", "subnet-outside")), Ref.of("s1", Ref.Kind.SUBNET_VPC, "v"),
                Ref.of("s2", Ref.Kind.SUBNET_VPC, "v"));
        assertEquals("v", only(agree, Model.class).get(0).vpcId());
        Deployment disagree = link(model(List.of("s1", "s2")), Ref.of("s1", Ref.Kind.SUBNET_VPC, "v"),
                Ref.of("s2", Ref.Kind.SUBNET_VPC, "w"));
        Model m = only(disagree, Model.class).get(0);
        assertNull(m.vpcId());
        assertTrue(m.source().isUnknown("vpcId"));
    }

    @Test
    void aTargetFindsTheEndpointAndVariantNamedAsWrittenAndIsOrderedAfterItOnlyWhenItDependsOnIt() {
        String written = "endpoint/${EndpointName}/variant/${Variant}";
        Deployment d = link(new Endpoint("Ep", null, null, "Cfg", null, null, null, Map.of(), SRC),
                Ref.of("Ep", Ref.Kind.ENDPOINT_NAME_AS_WRITTEN, "${EndpointName}"),
                new EndpointConfig("Cfg", null, false, false, 1, 0, null, false, null, Map.of(), SRC),
                new Variant("Cfg.variant0", "Cfg", null, null, "ml.m5.large", List.of(), 1, null, null, List.of(),
                        false, false, null, SRC),
                Ref.of("Cfg.variant0", Ref.Kind.VARIANT_NAME_AS_WRITTEN, "${Variant}"),
                target("T", ScalableTarget.INSTANCE_COUNT, written),
                new Ordering("T", Set.of("Cfg"), SRC));
        ScalableTarget t = only(d, ScalableTarget.class).get(0);
        assertEquals("Ep", t.endpointKey());
        assertEquals("Cfg.variant0", t.variantKey());
        StackOrder order = only(d, StackOrder.class).get(0);
        assertEquals("Ep", order.endpointKey());
        assertFalse(order.orderedAfter(), "T depends on Cfg only, not on the endpoint");
        assertTrue(only(d, Ordering.class).isEmpty());
    }

    private static Deployment link(Fact... facts) {
        return Linker.link(new Deployment("t.json", null, List.of(facts)), ParseContext.defaults());
    }

    private static <T> List<T> only(Deployment d, Class<T> type) {
        return d.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static ScalingPolicy policy(String key, String name) {
        return new ScalingPolicy(key, null, name, ScalingPolicy.STEP, null, null, null, null, null, null,
                "ChangeInCapacity", 60, null, null, List.of(), true, RID, SRC);
    }

    private static Alarm alarm(String key) {
        return new Alarm(key, key, new MetricSpec(null, null, Map.of(), null, SRC), 1.0, List.of(), SRC);
    }

    private static ScalableTarget target(String key, String dimension, String resourceId) {
        return new ScalableTarget(key, resourceId == null ? RID : resourceId, dimension, "sagemaker", 1, 2, null,
                null, null, null, null, null, true, null, null, null, SRC);
    }

    private static Model model(List<String> subnets) {
        return new Model("m", "m", true, null, subnets, List.of(), true, null, SRC);
    }
}
