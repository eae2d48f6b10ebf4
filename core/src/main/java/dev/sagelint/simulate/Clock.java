package dev.sagelint.simulate;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Maps simulation minutes to wall-clock time: minute 0 is Monday 2026-01-05 00:00 UTC. */
public final class Clock {

    /** A Monday in winter, so UTC and Europe/London agree and office-hours shapes read naturally. */
    public static final ZonedDateTime START = LocalDateTime.of(2026, 1, 5, 0, 0).atZone(ZoneOffset.UTC);

    private Clock() {
    }

    public static ZonedDateTime at(int minute) {
        return START.plusMinutes(minute);
    }

    private static final String[] WEEK = new String[7 * 1440];

    static {
        for (int m = 0; m < WEEK.length; m++) {
            WEEK[m] = compute(m);
        }
    }

    /** "Mon 08:30": day of week and time of day (UTC). */
    public static String label(int minute) {
        return WEEK[Math.floorMod(minute, WEEK.length)];
    }

    private static String compute(int minute) {
        ZonedDateTime t = at(minute);
        String day = t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT);
        return String.format(Locale.ROOT, "%s %02d:%02d", day, t.getHour(), t.getMinute());
    }

    public static String hhmm(int minute) {
        ZonedDateTime t = at(minute);
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    static boolean weekday(int minute) {
        DayOfWeek d = at(minute).getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }
}
