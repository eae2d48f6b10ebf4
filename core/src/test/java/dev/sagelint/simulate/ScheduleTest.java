package dev.sagelint.simulate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AASUG:scheduled-scaling-using-cron-expressions; minute 0 is Monday 2026-01-05 00:00 UTC. */
class ScheduleTest {

    @Test
    void cronWithNamesRangesAndTimeZones() {
        Schedule weekdays = Schedule.parse("cron(30 7 ? * MON-FRI *)", "UTC");
        assertThat(weekdays.firesAt(450)).isTrue();
        assertThat(weekdays.firesAt(451)).isFalse();
        assertThat(weekdays.firesAt(5 * 1440 + 450)).as("Saturday").isFalse();
        // New York is UTC-5 in January: 07:30 there is 12:30 UTC
        assertThat(Schedule.parse("cron(30 7 ? * MON-FRI *)", "America/New_York").firesAt(12 * 60 + 30)).isTrue();
        // day-of-week 2 is Monday in AWS cron (1 = SUN)
        assertThat(Schedule.parse("cron(0 0 ? * 2 *)", null).firesAt(0)).isTrue();
        assertThat(Schedule.parse("cron(0/15 * * * ? *)", null).firesAt(45)).isTrue();
        assertThat(Schedule.parse("cron(0 8 5 JAN ? 2026)", null).firesAt(480)).isTrue();
        assertThat(Schedule.parse("cron(0 8 5 JAN ? 2027)", null).firesAt(480)).isFalse();
    }

    @Test
    void rateAndAt() {
        Schedule rate = Schedule.parse("rate(2 hours)", null);
        assertThat(rate.firesAt(0)).isTrue();
        assertThat(rate.firesAt(120)).isTrue();
        assertThat(rate.firesAt(60)).isFalse();
        assertThat(Schedule.parse("at(2026-01-05T09:15:00)", null).firesAt(555)).isTrue();
        assertThat(Schedule.parse("at(2026-01-05T09:15:00)", "Europe/Berlin").firesAt(495)).isTrue();
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertThatThrownBy(() -> Schedule.parse("cron(0 8 * * ?)", null)).hasMessageContaining("has 5 fields");
        assertThatThrownBy(() -> Schedule.parse("cron(0 8 ? * 6#3 *)", null)).hasMessageContaining("not L, W or #");
        assertThatThrownBy(() -> Schedule.parse("rate(0 minutes)", null)).hasMessageContaining("positive number");
        assertThatThrownBy(() -> Schedule.parse("every day", null)).hasMessageContaining("is not at(...), rate(...) or cron(...)");
        assertThatThrownBy(() -> Schedule.parse("cron(0 8 * * ? *)", "Mars/Olympus")).hasMessageContaining("IANA");
        assertThatThrownBy(() -> Schedule.parse("cron(0 25 * * ? *)", null)).hasMessageContaining("outside 0-23");
    }
}
