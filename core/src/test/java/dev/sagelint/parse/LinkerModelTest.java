package dev.sagelint.parse;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.Source;
import dev.sagelint.model.Variant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The linker ties a model to the one endpoint whose variants name it (formats that do not nest models). */
class LinkerModelTest {

    private static final Source SRC = Source.at(new Location("t.yaml", 1, 1));

    @Test
    void modelNamedByOneEndpointsVariantIsLinkedToIt() {
        Model linked = model(link(endpoint("ep1", "cfg1"), variant("cfg1", "scorer"), model("scorer", null)));
        assertEquals("ep1", linked.endpointKey());
    }

    @Test
    void modelSharedByTwoEndpointsStaysUnlinked() {
        Model linked = model(link(endpoint("ep1", "cfg1"), variant("cfg1", "scorer"),
                endpoint("ep2", "cfg2"), variant("cfg2", "scorer"), model("scorer", null)));
        assertNull(linked.endpointKey());
    }

    @Test
    void modelNoVariantNamesStaysUnlinked() {
        Model linked = model(link(endpoint("ep1", "cfg1"), variant("cfg1", "other"), model("scorer", null)));
        assertNull(linked.endpointKey());
    }

    @Test
    void aLinkTheFormatSetIsKept() {
        Model linked = model(link(endpoint("ep1", "cfg1"), variant("cfg1", "scorer"), model("scorer", "ep9")));
        assertEquals("ep9", linked.endpointKey());
    }

    private static Deployment link(Fact... facts) {
        List<Fact> all = new ArrayList<>(List.of(facts));
        for (Fact f : facts) {
            if (f instanceof Endpoint e) {
                all.add(new EndpointConfig(e.configKey(), null, false, false, 1, 0, null, false, null, Map.of(), SRC));
            }
        }
        return Linker.link(new Deployment("t.yaml", null, all), ParseContext.defaults());
    }

    private static Model model(Deployment d) {
        return d.facts().stream().filter(Model.class::isInstance).map(Model.class::cast).findFirst().orElseThrow();
    }

    private static Endpoint endpoint(String key, String configKey) {
        return new Endpoint(key, key + "-name", null, configKey, null, null, null, Map.of(), SRC);
    }

    private static Variant variant(String configKey, String modelName) {
        return new Variant(configKey + "." + modelName, configKey, "AllTraffic", modelName, "ml.m5.large", List.of(),
                2, null, null, List.of(), false, false, null, SRC);
    }

    private static Model model(String name, String endpointKey) {
        return new Model("model:" + name, name, true, "vpc-1", List.of(), List.of(), true, null, SRC, endpointKey);
    }
}
