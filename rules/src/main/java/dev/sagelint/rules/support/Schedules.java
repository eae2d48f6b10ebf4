package dev.sagelint.rules.support;

import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.Source;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of SL112 on scheduled actions, from PutScheduledAction's documented forms: {@code at(...)},
 * {@code rate(...)} and {@code cron(...)} schedules, IANA time zones, a ScalableTargetAction with at least one
 * bound, names unique per target and at most 200 actions per target. MinCapacity > MaxCapacity is SL202's.
 */
public final class Schedules {

    /** Scheduled actions per scalable target (Application Auto Scaling quota, not adjustable). */
    public static final int MAX_PER_TARGET = 200;
    private static final Pattern AT = Pattern.compile("^at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)$");
    private static final Pattern RATE = Pattern.compile("^rate\\([1-9]\\d* (minute|minutes|hour|hours|day|days)\\)$");
    private static final Pattern CRON = Pattern.compile("^cron\\((\\S+(?: \\S+){5,6})\\)$");
    private static final Pattern NAME_FORBIDDEN = Pattern.compile("[:/|\\p{Cntrl}]");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private Schedules() {
    }

    /** Everything wrong with one action; {@code siblings} are the scheduled actions of the deployment. */
    public static List<Problem> problems(ScheduledAction a, List<?> siblings) {
        List<Problem> out = new ArrayList<>();
        Source src = a.source();
        String schedule = a.schedule();
        if (schedule == null && !src.isUnknown(ScheduledAction.Field.SCHEDULE)) {
            out.add(new Problem(a.location(), "scheduled action" + named(a) + " has no Schedule;"
                    + " PutScheduledAction requires one: at(yyyy-mm-ddThh:mm:ss), rate(<n> minutes|hours|days)"
                    + " or cron(<minutes> <hours> <day-of-month> <month> <day-of-week> <year>)"));
        } else if (schedule != null && !schedule.contains("${")) {
            String why = scheduleProblem(schedule.trim());
            if (why != null) {
                out.add(new Problem(src.at(ScheduledAction.Field.SCHEDULE), "Schedule '" + schedule + "' " + why));
            }
        }
        String tz = a.timezone();
        if (tz != null && !tz.contains("${") && !ZONES.contains(tz)) {
            out.add(new Problem(src.at(ScheduledAction.Field.TIMEZONE), "Timezone '" + tz + "' is not an IANA time zone"
                    + " name; the action is rejected. Use a name such as Europe/Berlin or America/New_York"
                    + " (or omit it for UTC)"));
        }
        if (a.minCapacity() == null && a.maxCapacity() == null && !src.isUnknown(ScheduledAction.Field.MIN_CAPACITY)
                && !src.isUnknown(ScheduledAction.Field.MAX_CAPACITY) && !src.isUnknown(ScheduledAction.Field.SCALABLE_TARGET_ACTION)) {
            out.add(new Problem(a.location(), "scheduled action" + named(a) + " sets neither MinCapacity"
                    + " nor MaxCapacity in its ScalableTargetAction, so it changes nothing and the API rejects it;"
                    + " set at least one (usually both)"));
        }
        if (a.name() != null && NAME_FORBIDDEN.matcher(a.name()).find()) {
            out.add(new Problem(src.at(ScheduledAction.Field.NAME), "ScheduledActionName '" + a.name() + "' contains ':',"
                    + " '/', '|' or a control character, which the name pattern forbids; rename it"));
        }
        out.addAll(groupProblems(a, siblings));
        return out;
    }

    private static List<Problem> groupProblems(ScheduledAction a, List<?> siblings) {
        List<Problem> out = new ArrayList<>();
        if (a.targetKey() == null || siblings == null) {
            return out;
        }
        List<ScheduledAction> same = siblings.stream().filter(ScheduledAction.class::isInstance)
                .map(ScheduledAction.class::cast).filter(s -> a.targetKey().equals(s.targetKey()))
                .sorted(Comparator.comparing(ScheduledAction::location).thenComparing(ScheduledAction::key)).toList();
        int index = same.indexOf(a);
        if (a.name() != null) {
            for (int i = 0; i < index; i++) {
                ScheduledAction earlier = same.get(i);
                if (a.name().equals(earlier.name())) {
                    out.add(new Problem(a.source().at(ScheduledAction.Field.NAME), "ScheduledActionName '" + a.name()
                            + "' is already used on this scalable target (line " + earlier.location().line()
                            + "); names must be unique per target, so this action replaces the other or is"
                            + " rejected. Rename one of them"));
                    break;
                }
            }
        }
        if (index == MAX_PER_TARGET) {
            out.add(new Problem(a.location(), "this is scheduled action " + (index + 1) + " of "
                    + same.size() + " on one scalable target; Application Auto Scaling allows at most "
                    + MAX_PER_TARGET + " per target (not adjustable). Merge actions (a cron expression can cover"
                    + " many dates)"));
        }
        return out;
    }

    /** Why a schedule expression is invalid, or null when it is valid. */
    public static String scheduleProblem(String s) {
        Matcher at = AT.matcher(s);
        if (at.matches()) {
            try {
                LocalDateTime.parse(at.group(1));
                return null;
            } catch (DateTimeParseException e) {
                return "is not a real date and time; write at(yyyy-mm-ddThh:mm:ss) with a valid date (UTC unless"
                        + " Timezone is set)";
            }
        }
        if (RATE.matcher(s).matches() || CRON.matcher(s).matches()) {
            return null;
        }
        if (s.startsWith("cron(")) {
            return "does not have the 6 fields Application Auto Scaling expects (minutes hours day-of-month month"
                    + " day-of-week year), e.g. cron(0 8 ? * MON-FRI *); a 5-field Unix cron lacks the year";
        }
        if (s.startsWith("rate(")) {
            return "is not rate(<positive whole number> minute|minutes|hour|hours|day|days), e.g. rate(1 hour)";
        }
        if (s.startsWith("at(")) {
            return "is not at(yyyy-mm-ddThh:mm:ss), e.g. at(2026-12-24T08:00:00)";
        }
        return "is none of the three forms PutScheduledAction accepts: at(yyyy-mm-ddThh:mm:ss),"
                + " rate(<n> minutes|hours|days) or cron(<6 fields>); the action is rejected";
    }

    private static String named(ScheduledAction a) {
        return a.name() == null ? "" : " " + a.name();
    }
}
