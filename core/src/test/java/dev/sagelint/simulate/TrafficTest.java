package dev.sagelint.simulate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrafficTest {

    /** The seed's reflection question in one line: 50 req/s by day, 2 at night, unannounced 2x promotions. */
    static final String REFLECTION = "business:day=50,night=2,hours=08:00-18:00,burst=2,every=3h,for=30m,seed=7";

    @Test
    void reflectionQuestionInOneLine() {
        Traffic t = TrafficShapes.parse(REFLECTION);
        assertThat(t.minutes()).isEqualTo(1440);
        assertThat(t.at(7 * 60 + 59)).isEqualTo(2.0);
        assertThat(t.at(18 * 60)).isEqualTo(2.0);
        assertThat(t.rps().subList(8 * 60, 18 * 60)).allMatch(v -> v == 50.0 || v == 100.0).contains(100.0);
        // bursts only in the open hours, each exactly 30 minutes long
        long burstMinutes = t.rps().stream().filter(v -> v == 100.0).count();
        assertThat(burstMinutes % 30).isZero();
        assertThat(burstMinutes).isBetween(30L, 120L);
    }

    @Test
    void seededBurstsAreReproducibleAndTheSeedMatters() {
        assertThat(TrafficShapes.parse(REFLECTION).rps()).isEqualTo(TrafficShapes.parse(REFLECTION).rps());
        assertThat(TrafficShapes.parse("spikes:base=10,burst=3,every=2h,for=15m,seed=1").rps())
                .isNotEqualTo(TrafficShapes.parse("spikes:base=10,burst=3,every=2h,for=15m,seed=2").rps());
    }

    @Test
    void steadyAndMultiDayShapes() {
        Traffic t = TrafficShapes.parse("steady:rps=12.5,days=2");
        assertThat(t.minutes()).isEqualTo(2880);
        assertThat(t.rps()).containsOnly(12.5);
        Traffic week = TrafficShapes.parse("business:day=30,night=1,hours=09:00-17:00,weekdays=true,days=7");
        // 2026-01-10 is a Saturday: closed all day
        assertThat(week.at(5 * 1440 + 12 * 60)).isEqualTo(1.0);
        assertThat(week.at(4 * 1440 + 12 * 60)).isEqualTo(30.0);
    }

    @Test
    void badShapesSayWhatIsWrong() {
        assertThatThrownBy(() -> TrafficShapes.parse("bursty:rps=1"))
                .hasMessageContaining("unknown traffic shape 'bursty'").hasMessageContaining("steady, business or spikes");
        assertThatThrownBy(() -> TrafficShapes.parse("steady:rsp=1"))
                .hasMessageContaining("has no parameter 'rsp'").hasMessageContaining("rps");
        assertThatThrownBy(() -> TrafficShapes.parse("business:hours=18:00-08:00"))
                .hasMessageContaining("must end after they start");
        assertThatThrownBy(() -> TrafficShapes.parse("spikes:burst=2,every=10m,for=20m"))
                .hasMessageContaining("shorter than its window");
        assertThatThrownBy(() -> TrafficShapes.parse("steady:rps=-3"))
                .hasMessage("traffic parameter rps=-3: expected a finite number between 0 and 1000000");
    }

    /** Issue 14 class 8: non-finite and huge numbers are refused where they are written, never replayed. */
    @Test
    void nonFiniteAndHugeValuesAreRefusedWithTheirPlace() {
        for (String v : new String[] {"NaN", "Infinity", "1e308", "-Infinity"}) {
            assertThatThrownBy(() -> TrafficShapes.parse("steady:rps=" + v))
                    .hasMessage("traffic parameter rps=" + v + ": expected a finite number between 0 and 1000000");
            assertThatThrownBy(() -> Traffic.fromCsv("t.csv", "minute,rps\n0,1\n1," + v + "\n"))
                    .hasMessage("t.csv:3:3: rps is " + v + "; expected a finite number between 0 and 1000000 req/s");
        }
        assertThatThrownBy(() -> TrafficShapes.parse("steady:rps=1000000,burst=2,every=1h,for=10m"))
                .hasMessageStartingWith("traffic shape steady: demand reaches 2000000.0 req/s at minute ");
        assertThatThrownBy(() -> TrafficShapes.parse("spikes:burst=2,every=0m,for=0m"))
                .hasMessage("traffic shape spikes: every=0m must be between 2 minutes and the series length (1440 minutes)");
        assertThatThrownBy(() -> TrafficShapes.parse("spikes:burst=2,every=1e9h"))
                .hasMessage("traffic parameter every=1e9h: expected a duration like 30m or 3h, at most 31 days");
        assertThatThrownBy(() -> TrafficShapes.parse("steady:days=1e308"))
                .hasMessage("traffic parameter days=1e308: expected a finite number between 0 and 1000000");
        assertThatThrownBy(() -> TrafficShapes.parse("steady:days=2.5"))
                .hasMessage("traffic parameter days=2.5: expected a whole number between 1 and 31");
        StringBuilder longCsv = new StringBuilder();
        for (int m = 0; m <= Traffic.MAX_MINUTES; m++) {
            longCsv.append(m).append(",1\n");
        }
        assertThatThrownBy(() -> Traffic.fromCsv("t.csv", longCsv.toString()))
                .hasMessage("t.csv:44641: more than 44640 minutes; simulate and advise replay at most 31 days");
        var profile = new dev.sagelint.model.TrafficProfile(dev.sagelint.model.TrafficProfile.Pattern.PREDICTABLE,
                1e308, 2.0, true, null, null,
                dev.sagelint.model.Source.at(new dev.sagelint.model.Location("x.yaml", 7, 5)));
        assertThatThrownBy(() -> TrafficShapes.fromProfile(profile)).hasMessage("x.yaml:7:5: the declared traffic"
                + " profile has peakRps 1.0E308 and baselineRps 2.0; simulate needs finite numbers between 0 and 1000000 req/s");
    }

    @Test
    void csvWithHeaderAndErrorsWithLineNumbers() {
        Traffic t = Traffic.fromCsv("t.csv", "minute,rps\n0,1.5\n1,2\n# comment\n2,3\n");
        assertThat(t.rps()).containsExactly(1.5, 2.0, 3.0);
        assertThatThrownBy(() -> Traffic.fromCsv("t.csv", "0,1\n2,3\n"))
                .hasMessage("t.csv:2: expected minute 1 (minutes start at 0 and go up by one), got 2");
        assertThatThrownBy(() -> Traffic.fromCsv("t.csv", "minute,rps\n0,x\n"))
                .hasMessage("t.csv:2: expected numbers 'minute,rps', got '0,x'");
        assertThatThrownBy(() -> Traffic.fromCsv("t.csv", "0;1\n")).hasMessage("t.csv:1: expected 'minute,rps', got '0;1'");
        assertThatThrownBy(() -> Traffic.fromCsv("t.csv", "minute,rps\n")).hasMessage("t.csv: no 'minute,rps' rows found");
    }

    @Test
    void declaredProfileBecomesASeries() {
        var profile = new dev.sagelint.model.TrafficProfile(dev.sagelint.model.TrafficProfile.Pattern.PREDICTABLE,
                100.0, 2.0, true, "08:00-18:00 MON-FRI", 25.0,
                dev.sagelint.model.Source.at(dev.sagelint.model.Location.ofFile("x.yaml")));
        Traffic t = TrafficShapes.fromProfile(profile);
        assertThat(t.description()).isEqualTo("declared traffic profile, as business:day=50,night=2,"
                + "hours=08:00-18:00,burst=2,every=3h,for=30m,seed=1");
        assertThat(t.peak()).isEqualTo(100.0);
        assertThatThrownBy(() -> TrafficShapes.fromProfile(null)).hasMessageContaining("declares no traffic profile");
    }
}
