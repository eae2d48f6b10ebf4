package dev.sagelint.engine.change;

import dev.sagelint.model.ConfigTransition;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.EndpointTransition;
import dev.sagelint.model.Fact;
import dev.sagelint.model.TargetTransition;
import dev.sagelint.model.VariantTransition;
import dev.sagelint.parse.DeploymentReader;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How versions are paired: by name across files and formats, by logical id only within the same path. */
class TransitionsTest {

    private static final String API_BASE = """
            [
              {"EndpointConfigName": "orders-config-1",
               "ProductionVariants": [{"VariantName": "primary", "ModelName": "m", "InstanceType": "ml.m5.large",
                                       "InitialInstanceCount": 2}]},
              {"EndpointName": "orders", "EndpointConfigName": "orders-config-1"},
              {"ServiceNamespace": "sagemaker", "ResourceId": "endpoint/orders/variant/primary",
               "ScalableDimension": "sagemaker:variant:DesiredInstanceCount", "MinCapacity": 2, "MaxCapacity": 6}
            ]
            """;

    private static String cfn(String endpointName, String variant, String type) {
        return """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - VariantName: %s
                          ModelName: m
                          InstanceType: %s
                          InitialInstanceCount: 2
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties:
                %s      EndpointConfigName: !GetAtt Config.EndpointConfigName
                  Target:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/%s
                      MinCapacity: 3
                      MaxCapacity: 9
                """.formatted(variant, type, endpointName == null ? "" : "      EndpointName: " + endpointName + "\n",
                variant);
    }

    private static List<Fact> transitions(List<SourceFile> base, SourceFile head) {
        DeploymentReader reader = DeploymentReader.defaults();
        BaseIndex index = new BaseIndex();
        reader.read(base).forEach(d -> index.apply("?", d));
        index.freeze();
        Transitions hook = new Transitions(index);
        Deployment h = reader.read(List.of(head)).get(0);
        Deployment enriched = hook.apply("cloudformation", h);
        assertTrue(enriched.facts().containsAll(h.facts()), "the head's own facts are kept");
        return enriched.facts().stream().filter(f -> f instanceof dev.sagelint.model.Transition).toList();
    }

    @Test
    void aTemplateIsComparedWithAnApiExportOfTheRunningEndpointByName() {
        List<Fact> t = transitions(List.of(new SourceFile("live/orders.json", API_BASE)),
                new SourceFile("templates/orders.yaml", cfn("orders", "primary", "ml.g5.xlarge")));
        EndpointTransition e = only(t, EndpointTransition.class);
        assertTrue(e.configReplaced(), "another config: the deploy is an UpdateEndpoint");
        VariantTransition v = only(t, VariantTransition.class);
        assertTrue(v.instanceTypeChanged());
        assertTrue(v.targetStays(), "the export's target and the template's have the same ResourceId");
        assertEquals("ml.m5.large", v.base().instanceType());
        TargetTransition target = only(t, TargetTransition.class);
        assertEquals(6, target.base().maxCapacity());
        assertEquals(3, target.head().minCapacity());
    }

    @Test
    void generatedNamesMatchByLogicalIdOnlyInTheSamePath() {
        String base = cfn(null, "primary", "ml.m5.large");
        SourceFile head = new SourceFile("a/stack.yaml", cfn(null, "primary", "ml.c5.large"));
        List<Fact> samePath = transitions(List.of(new SourceFile("a/stack.yaml", base)), head);
        assertTrue(only(samePath, VariantTransition.class).instanceTypeChanged());
        List<Fact> otherPath = transitions(List.of(new SourceFile("b/stack.yaml", base)), head);
        assertTrue(otherPath.isEmpty(), "logical id Endpoint in another stack is another endpoint: " + otherPath);
    }

    @Test
    void aNameTwoBaseStacksUseMatchesTheOneAtTheSamePath() {
        SourceFile head = new SourceFile("b/stack.yaml", cfn("orders", "primary", "ml.c5.large"));
        List<Fact> t = transitions(List.of(new SourceFile("a/stack.yaml", cfn("orders", "primary", "ml.m5.large")),
                new SourceFile("b/stack.yaml", cfn("orders", "primary", "ml.m5.xlarge"))), head);
        assertEquals("ml.m5.xlarge", only(t, VariantTransition.class).base().instanceType());
    }

    @Test
    void aVariantWithANewNameAtTheSamePlaceIsRenamed() {
        List<Fact> t = transitions(List.of(new SourceFile("s.yaml", cfn("orders", "primary", "ml.m5.large"))),
                new SourceFile("s.yaml", cfn("orders", "blue", "ml.m5.large")));
        VariantTransition v = only(t, VariantTransition.class);
        assertTrue(v.renamed());
        assertTrue(v.disappears());
        assertFalse(v.instanceTypeChanged(), "a renamed variant is judged as gone, not as changed");
        assertEquals("blue", v.head().name());
        ConfigTransition c = only(t, ConfigTransition.class);
        assertEquals(List.of("ProductionVariants[blue].VariantName: primary -> blue"), c.changes());
    }

    @Test
    void anUnchangedTemplateHasTransitionsWithoutChanges() {
        String text = cfn("orders", "primary", "ml.m5.large");
        List<Fact> t = transitions(List.of(new SourceFile("s.yaml", text)), new SourceFile("s.yaml", text));
        assertFalse(only(t, EndpointTransition.class).configReplaced());
        assertFalse(only(t, ConfigTransition.class).changed());
        VariantTransition v = only(t, VariantTransition.class);
        assertFalse(v.instanceTypeChanged() || v.instancePoolsChanged() || v.disappears());
    }

    @Test
    void withoutABaseNothingIsAdded() {
        assertTrue(transitions(List.of(), new SourceFile("s.yaml", cfn("orders", "primary", "ml.m5.large")))
                .isEmpty());
    }

    private static <T> T only(List<Fact> facts, Class<T> type) {
        List<T> found = facts.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), type.getSimpleName() + " in " + facts);
        return found.get(0);
    }
}
