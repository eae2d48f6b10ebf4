package dev.sagelint.simulate;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A scheduled action's {@code Schedule}: {@code at(yyyy-mm-ddThh:mm:ss)}, {@code rate(N unit)} or
 * {@code cron(Minutes Hours Day-of-month Month Day-of-week Year)} in the action's time zone
 * (default UTC), as AASUG:application-auto-scaling-scheduled-scaling and
 * AASUG:scheduled-scaling-using-cron-expressions describe them. Cron supports {@code * ? , - /},
 * month and day names, day-of-week 1-7 = SUN-SAT; {@code L W #} are rejected with a message.
 * A {@code rate} counts from the start of the simulation (StartTime is not in the model).
 */
public final class Schedule {

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private final ZoneId zone;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final String yearField;
    private final int rateMinutes;
    private final LocalDateTime at;
    private String expression;

    private Schedule(ZoneId zone, BitSet[] cron, String yearField, int rateMinutes, LocalDateTime at) {
        this.zone = zone;
        this.minutes = cron == null ? null : cron[0];
        this.hours = cron == null ? null : cron[1];
        this.daysOfMonth = cron == null ? null : cron[2];
        this.months = cron == null ? null : cron[3];
        this.daysOfWeek = cron == null ? null : cron[4];
        this.yearField = yearField;
        this.rateMinutes = rateMinutes;
        this.at = at;
    }

    /** The expression as written. */
    public String expression() {
        return expression;
    }

    /** Parses a schedule; throws {@link SimulationException} saying what is wrong. */
    public static Schedule parse(String expression, String timezone) {
        Schedule s = parseExpression(expression, timezone);
        s.expression = expression.trim();
        return s;
    }

    private static Schedule parseExpression(String expression, String timezone) {
        if (expression == null) {
            throw new SimulationException("the scheduled action has no Schedule");
        }
        ZoneId zone;
        try {
            zone = timezone == null ? ZoneId.of("UTC") : ZoneId.of(timezone);
        } catch (java.time.DateTimeException e) {
            throw new SimulationException("time zone '" + timezone + "' is not an IANA name such as Europe/London");
        }
        String s = expression.trim();
        if (s.startsWith("at(") && s.endsWith(")")) {
            try {
                return new Schedule(zone, null, null, 0, LocalDateTime.parse(s.substring(3, s.length() - 1)));
            } catch (DateTimeParseException e) {
                throw new SimulationException("'" + s + "' is not at(yyyy-mm-ddThh:mm:ss)");
            }
        }
        if (s.startsWith("rate(") && s.endsWith(")")) {
            return new Schedule(zone, null, null, rate(s.substring(5, s.length() - 1).trim(), s), null);
        }
        if (s.startsWith("cron(") && s.endsWith(")")) {
            String[] f = s.substring(5, s.length() - 1).trim().split("\\s+");
            if (f.length != 6) {
                throw new SimulationException("'" + s + "' has " + f.length + " fields; cron takes 6: Minutes Hours"
                        + " Day-of-month Month Day-of-week Year");
            }
            BitSet[] cron = {
                field(f[0], 0, 59, null, 0, s), field(f[1], 0, 23, null, 0, s), field(f[2], 1, 31, null, 0, s),
                field(f[3], 1, 12, MONTHS, 1, s), field(f[4], 1, 7, DAYS, 1, s)};
            return new Schedule(zone, cron, f[5], 0, null);
        }
        throw new SimulationException("'" + s + "' is not at(...), rate(...) or cron(...)");
    }

    /** Minutes from a week before the start to 31 days after: every firing computed once. */
    private static final int FROM = -7 * 1440;
    private static final int TO = 31 * 1440;
    private BitSet firings;

    /** True when the action fires at the start of this simulation minute (negative minutes allowed). */
    public synchronized boolean firesAt(int minute) {
        if (minute < FROM || minute >= TO) {
            return matches(minute);
        }
        if (firings == null) {
            firings = new BitSet(TO - FROM);
            for (int m = FROM; m < TO; m++) {
                if (matches(m)) {
                    firings.set(m - FROM);
                }
            }
        }
        return firings.get(minute - FROM);
    }

    private boolean matches(int minute) {
        if (rateMinutes > 0) {
            return Math.floorMod(minute, rateMinutes) == 0;
        }
        ZonedDateTime t = Clock.START.plusMinutes(minute).withZoneSameInstant(zone);
        if (at != null) {
            return t.toLocalDateTime().equals(at.withSecond(0).withNano(0));
        }
        if (!minutes.get(t.getMinute()) || !hours.get(t.getHour()) || !months.get(t.getMonthValue())) {
            return false;
        }
        int dow = t.getDayOfWeek().getValue() % 7 + 1;
        if (!daysOfMonth.get(t.getDayOfMonth()) || !daysOfWeek.get(dow)) {
            return false;
        }
        return yearMatches(t.getYear());
    }

    private boolean yearMatches(int year) {
        if (yearField.equals("*") || yearField.equals("?")) {
            return true;
        }
        for (String part : yearField.split(",")) {
            String[] range = part.split("-");
            try {
                int lo = Integer.parseInt(range[0]);
                int hi = range.length > 1 ? Integer.parseInt(range[1]) : lo;
                if (year >= lo && year <= hi) {
                    return true;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private static int rate(String body, String whole) {
        String[] p = body.split("\\s+");
        try {
            int n = Integer.parseInt(p[0]);
            String unit = p.length == 2 ? p[1].toLowerCase(Locale.ROOT) : "";
            int per = switch (unit) {
                case "minute", "minutes" -> 1;
                case "hour", "hours" -> 60;
                case "day", "days" -> 1440;
                default -> throw new NumberFormatException();
            };
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n * per;
        } catch (NumberFormatException e) {
            throw new SimulationException("'" + whole + "' is not rate(<positive number> minutes|hours|days)");
        }
    }

    private static BitSet field(String text, int lo, int hi, List<String> names, int nameBase, String whole) {
        BitSet set = new BitSet(hi + 1);
        if (text.equals("*") || text.equals("?")) {
            set.set(lo, hi + 1);
            return set;
        }
        for (String part : text.split(",")) {
            if (part.contains("#") || part.toUpperCase(Locale.ROOT).matches("\\d*[LW]")) {
                throw new SimulationException("'" + whole + "' uses '" + part + "'; the simulator reads * ? , - /"
                        + " and names, not L, W or #");
            }
            int step = 1;
            String range = part;
            if (part.contains("/")) {
                range = part.substring(0, part.indexOf('/'));
                step = value(part.substring(part.indexOf('/') + 1), null, 0, whole);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = lo;
                to = hi;
            } else if (range.contains("-")) {
                from = value(range.substring(0, range.indexOf('-')), names, nameBase, whole);
                to = value(range.substring(range.indexOf('-') + 1), names, nameBase, whole);
            } else {
                from = value(range, names, nameBase, whole);
                to = part.contains("/") ? hi : from;
            }
            if (from < lo || to > hi || from > to || step <= 0) {
                throw new SimulationException("'" + whole + "': '" + part + "' is outside " + lo + "-" + hi);
            }
            for (int v = from; v <= to; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    private static int value(String text, List<String> names, int nameBase, String whole) {
        if (names != null) {
            int i = names.indexOf(text.toUpperCase(Locale.ROOT));
            if (i >= 0) {
                return i + nameBase;
            }
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SimulationException("'" + whole + "': '" + text + "' is not a number"
                    + (names == null ? "" : " or a name such as " + names.get(0)));
        }
    }
}
