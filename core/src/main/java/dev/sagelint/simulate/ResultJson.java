package dev.sagelint.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The simulation as JSON: fixed key order and numbers rounded to 4 decimals, so equal runs give equal bytes. */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    public static void write(SimulationResult r, Writer out) {
        try {
            out.write(MAPPER.writeValueAsString(tree(r)).replace("\r\n", "\n"));
            out.write("\n");
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(SimulationResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        ScalingSetup s = r.setup();
        root.put("endpoint", s.endpoint());
        root.put("variant", s.variant());
        root.put("instanceType", s.instanceType());
        root.put("traffic", r.traffic());
        root.set("assumptions", assumptions(r.assumptions()));
        root.set("configuration", configuration(s));
        root.set("totals", totals(r.totals()));
        ArrayNode events = root.putArray("events");
        for (SimulationResult.Event e : r.events()) {
            ObjectNode n = events.addObject();
            n.put("minute", e.minute());
            n.put("time", e.time());
            n.put("kind", e.kind());
            n.put("from", e.from());
            n.put("to", e.to());
            n.put("cause", e.cause());
        }
        ArrayNode minutes = root.putArray("minutes");
        for (SimulationResult.Minute m : r.minutes()) {
            ObjectNode n = minutes.addObject();
            n.put("minute", m.minute());
            n.put("time", m.time());
            n.put("demandRps", num(m.demandRps()));
            n.put("desired", m.desired());
            n.put("inService", m.inService());
            n.put("minCapacity", m.minCapacity());
            n.put("maxCapacity", m.maxCapacity());
            n.put("capacityRps", num(m.capacityRps()));
            if (m.metric() == null) {
                n.putNull("metric");
                n.putNull("target");
            } else {
                n.put("metric", num(m.metric()));
                n.put("target", num(m.target()));
            }
            n.put("requestsAboveCapacity", num(m.requestsAboveCapacity()));
            n.put("underProvisioned", m.underProvisioned());
        }
        return root;
    }

    static ObjectNode totals(SimulationResult.Totals t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("minutes", t.minutes());
        n.put("requests", num(t.requests()));
        n.put("requestsAboveCapacity", num(t.requestsAboveCapacity()));
        n.put("shareAboveCapacity", num(t.shareAboveCapacity()));
        n.put("minutesUnderProvisioned", t.minutesUnderProvisioned());
        n.put("instanceHours", num(t.instanceHours()));
        n.put("idleInstanceHours", num(t.idleInstanceHours()));
        if (t.cost() == null) {
            n.putNull("costUsd");
        } else {
            n.put("costUsd", num(t.cost()));
        }
        n.put("peakDesired", t.peakDesired());
        n.put("scaleOuts", t.scaleOuts());
        n.put("scaleIns", t.scaleIns());
        return n;
    }

    private static ObjectNode assumptions(Assumptions a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("capacityRpsPerInstance", num(a.capacityRps()));
        n.put("capacitySource", a.capacitySource());
        n.put("warmupMinutes", a.warmupMinutes());
        n.put("warmupSource", a.warmupSource());
        if (a.pricePerHour() == null) {
            n.putNull("usdPerInstanceHour");
        } else {
            n.put("usdPerInstanceHour", num(a.pricePerHour()));
        }
        n.put("priceSource", a.priceSource());
        n.put("latencySeconds", num(a.latencySeconds()));
        ObjectNode c = n.putObject("alarms");
        c.put("scaleOutDatapoints", Simulator.SCALE_OUT_DATAPOINTS);
        c.put("scaleInDatapoints", Simulator.SCALE_IN_DATAPOINTS);
        c.put("scaleInThresholdFractionOfTarget", num(Simulator.SCALE_IN_FRACTION));
        c.put("tickSeconds", 60 / Simulator.TICKS);
        c.put("start", Clock.START.toString());
        return n;
    }

    private static ObjectNode configuration(ScalingSetup s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("initialInstances", s.initialInstances());
        n.put("minCapacity", s.minCapacity());
        n.put("maxCapacity", s.maxCapacity());
        ArrayNode tt = n.putArray("targetTracking");
        for (ScalingSetup.TrackingPolicy p : s.tracking()) {
            ObjectNode o = tt.addObject();
            o.put("name", p.name());
            o.put("metric", p.metric().awsName());
            o.put("targetValue", num(p.targetValue()));
            o.put("scaleOutCooldown", p.scaleOutCooldown());
            o.put("scaleInCooldown", p.scaleInCooldown());
            o.put("disableScaleIn", p.disableScaleIn());
        }
        ArrayNode steps = n.putArray("stepScaling");
        for (ScalingSetup.StepPolicy p : s.steps()) {
            ObjectNode o = steps.addObject();
            o.put("name", p.name());
            o.put("metric", p.metric().awsName());
            o.put("threshold", num(p.threshold()));
            o.put("adjustmentType", p.adjustmentType());
            o.put("cooldown", p.cooldown());
        }
        ArrayNode scheduled = n.putArray("scheduledActions");
        for (ScalingSetup.ScheduledChange c : s.scheduled()) {
            ObjectNode o = scheduled.addObject();
            o.put("name", c.name());
            o.put("schedule", c.expression());
            if (c.minCapacity() != null) {
                o.put("minCapacity", c.minCapacity());
            }
            if (c.maxCapacity() != null) {
                o.put("maxCapacity", c.maxCapacity());
            }
        }
        ArrayNode notes = n.putArray("notes");
        s.notes().forEach(notes::add);
        return n;
    }

    static BigDecimal num(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
