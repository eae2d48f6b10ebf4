package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NaN, infinities, 1e308 and negative figures in every simulate and advise input (issue 14, class 8): refused with
 * one line that names the place (file:line:column, the option, the declared profile's location), exit 2, nothing
 * simulated.
 */
class HostileNumbersCliTest {

    @TempDir
    Path tmp;

    private Path project() {
        return Cli.copy("advise", tmp.resolve("p"));
    }

    private static void assertRefused(Cli.Run run, String expected) {
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).isEqualTo("sagelint: " + expected + "\n");
        assertThat(run.out()).as("nothing simulated").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e308", "-1", "1000001"})
    void aTrafficCsvValueIsRefusedAtItsLineAndColumn(String v) {
        Path p = project();
        Cli.write(p.resolve("t.csv"), "minute,rps\n0,10\n1,  " + v + "\n");
        for (String command : new String[] {"simulate", "advise"}) {
            assertRefused(Cli.run(p, command, "native.yaml", "-e", "recommender", "-t", "t.csv"),
                    "t.csv:3:3: rps is " + v + "; expected a finite number between 0 and 1000000 req/s");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e308", "-5"})
    void aShapeParameterIsRefusedByItsName(String v) {
        for (String shape : new String[] {"steady:rps=", "spikes:base=", "business:day=", "business:night="}) {
            String key = shape.substring(shape.indexOf(':') + 1, shape.length() - 1);
            assertRefused(Cli.run(project(), "simulate", "native.yaml", "-e", "recommender", "-t", shape + v),
                    "traffic parameter " + key + "=" + v + ": expected a finite number between 0 and 1000000");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e308", "-1"})
    void aPriceIsRefusedAtItsLineAndColumn(String v) {
        Path p = project();
        Cli.write(p.resolve("prices.csv"), "instanceType,usdPerHour\nml.m6i.xlarge," + v + "\n");
        assertRefused(Cli.run(p, "simulate", "native.yaml", "-e", "recommender", "-t", "steady:rps=10",
                "--prices", "prices.csv"), "prices.csv:2:15: usdPerHour is " + v + "; expected a finite price between"
                + " 0 and 1000000 USD per instance-hour");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e308", "-1", "0"})
    void aCapacityOptionIsRefusedByItsName(String v) {
        assertRefused(Cli.run(project(), "advise", "native.yaml", "-e", "recommender", "--capacity", v),
                "--capacity " + Double.parseDouble(v) + ": expected the requests/s one instance serves, a finite"
                        + " number between 0.001 and 1000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e308", "-1", "0"})
    void aLatencyOptionIsRefusedByItsName(String v) {
        assertRefused(Cli.run(project(), "simulate", "native.yaml", "-e", "recommender", "--latency", v),
                "--latency " + Double.parseDouble(v) + ": expected seconds per request, more than 0 and at most 3600");
    }

    @Test
    void aWarmupOutsideADayIsRefusedByItsName() {
        assertRefused(Cli.run(project(), "simulate", "native.yaml", "-e", "recommender", "--warmup", "-1"),
                "--warmup -1: expected minutes between 0 and 1440");
        assertRefused(Cli.run(project(), "simulate", "native.yaml", "-e", "recommender", "--warmup", "100000"),
                "--warmup 100000: expected minutes between 0 and 1440");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        ".nan  | native.yaml:7:64: instanceCapacityRps is \".nan\"; expected a number; simulate and advise"
                + " read only what lint reads without SL001: fix this first",
        ".inf  | native.yaml:7:64: instanceCapacityRps is \".inf\"; expected a number; simulate and advise"
                + " read only what lint reads without SL001: fix this first",
        "1e308 | native.yaml:6:14: the declared traffic profile has instanceCapacityRps 1.0E308; simulate needs a"
                + " finite number between 0.001 and 1000000 req/s",
        "-3    | native.yaml:6:14: the declared traffic profile has instanceCapacityRps -3.0; simulate needs a"
                + " finite number between 0.001 and 1000000 req/s"})
    void aDeclaredCapacityIsRefusedAtItsPlace(String v, String expected) {
        Path p = project();
        Cli.write(p.resolve("native.yaml"), Cli.read(p.resolve("native.yaml"))
                .replace("instanceCapacityRps: 20", "instanceCapacityRps: " + v));
        for (String command : new String[] {"simulate", "advise"}) {
            assertRefused(Cli.run(p, command, "native.yaml", "-e", "recommender"), expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e308", "-1"})
    void anSloOrMarginIsRefusedByItsName(String v) {
        assertThat(Cli.run(project(), "advise", "native.yaml", "-e", "recommender", "--slo", v).err())
                .startsWith("sagelint: --slo " + v + ": expected a percentage between 0 and 100");
        assertThat(Cli.run(project(), "advise", "native.yaml", "-e", "recommender", "--margin", v).err())
                .startsWith("sagelint: --margin " + v + ": expected a percentage between 0 and 50");
    }
}
