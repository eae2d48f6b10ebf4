package dev.sagelint.rules.support;

import dev.sagelint.model.Location;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.Source;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulesTest {

    private static final Location AT = new Location("spec.yaml", 3, 5);

    @Test
    void acceptsTheThreeDocumentedForms() {
        assertThat(Schedules.scheduleProblem("at(2026-12-24T08:00:00)")).isNull();
        assertThat(Schedules.scheduleProblem("rate(1 hour)")).isNull();
        assertThat(Schedules.scheduleProblem("rate(5 minutes)")).isNull();
        assertThat(Schedules.scheduleProblem("cron(0 8 ? * MON-FRI *)")).isNull();
        assertThat(Schedules.scheduleProblem("cron(0 0 8 ? * MON-FRI *)")).as("7 fields are tolerated").isNull();
    }

    @Test
    void explainsEachKindOfMistake() {
        assertThat(Schedules.scheduleProblem("cron(0 8 * * 1-5)")).contains("6 fields");
        assertThat(Schedules.scheduleProblem("rate(0 minutes)")).contains("positive whole number");
        assertThat(Schedules.scheduleProblem("rate(1 week)")).contains("minute|minutes|hour|hours|day|days");
        assertThat(Schedules.scheduleProblem("at(2026-02-30T08:00:00)")).contains("not a real date");
        assertThat(Schedules.scheduleProblem("at(2026-02-03 08:00)")).contains("at(yyyy-mm-ddThh:mm:ss)");
        assertThat(Schedules.scheduleProblem("daily")).contains("none of the three forms");
    }

    @Test
    void checksTimezoneBoundsNameAndUniqueness() {
        ScheduledAction bad = action("t", "a/b", "rate(1 day)", "CET+1", null, null, 3);
        ScheduledAction first = action("t", "night", "rate(1 day)", "Europe/Berlin", 1, 2, 1);
        ScheduledAction again = action("t", "night", "rate(1 day)", "UTC", 1, 2, 9);
        ScheduledAction otherTarget = action("u", "night", "rate(1 day)", null, 1, 2, 12);
        List<ScheduledAction> all = List.of(bad, first, again, otherTarget);
        assertThat(Schedules.problems(bad, all)).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("Timezone 'CET+1'"))
                .anySatisfy(m -> assertThat(m).contains("neither MinCapacity nor MaxCapacity"))
                .anySatisfy(m -> assertThat(m).contains("contains ':', '/', '|'"))
                .hasSize(3);
        assertThat(Schedules.problems(first, all)).isEmpty();
        assertThat(Schedules.problems(again, all)).extracting(Problem::message)
                .containsExactly("ScheduledActionName 'night' is already used on this scalable target (line 1); names"
                        + " must be unique per target, so this action replaces the other or is rejected. Rename one"
                        + " of them");
        assertThat(Schedules.problems(otherTarget, all)).isEmpty();
    }

    @Test
    void reportsThe201stActionOfOneTarget() {
        List<ScheduledAction> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 201; i++) {
            many.add(action("t", "a" + i, "rate(1 day)", null, 1, 2, i));
        }
        assertThat(Schedules.problems(many.get(199), many)).isEmpty();
        assertThat(Schedules.problems(many.get(200), many)).extracting(Problem::message)
                .singleElement().asString().contains("scheduled action 201 of 201").contains("at most 200");
    }

    @Test
    void unknownValuesAreNotJudged() {
        Source unknown = new Source(AT, Map.of(), Set.of("schedule", "minCapacity"));
        ScheduledAction a = new ScheduledAction("k", "t", "n", null, null, null, null, unknown);
        assertThat(Schedules.problems(a, List.of(a))).isEmpty();
        ScheduledAction sub = action("t", "n", "cron(${Minute} 8 ? * MON-FRI *)", "${Zone}", 1, 2, 4);
        assertThat(Schedules.problems(sub, List.of(sub))).isEmpty();
    }

    private static ScheduledAction action(String target, String name, String schedule, String tz, Integer min,
                                          Integer max, int line) {
        return new ScheduledAction(target + name + line, target, name, schedule, tz, min, max,
                Source.at(new Location("spec.yaml", line, 1)));
    }
}
