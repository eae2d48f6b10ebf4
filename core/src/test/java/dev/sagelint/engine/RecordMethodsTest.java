package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (the generated ones are linked through
 * {@code ObjectMethods} on their first call, a start-up cost in every process) compare exactly as a record's
 * generated methods would: equal when every component is, unequal when any one differs. A component added later
 * and left out of the written methods fails here.
 */
class RecordMethodsTest {

    @Test
    void findingComparesEveryComponent() throws Exception {
        Location at = new Location("a.yaml", 3, 5);
        assertComparesEveryComponent(Finding.class,
                new Object[] {"SL201", Severity.ERROR, at, "MinCapacity is 0"},
                new Object[] {"SL202", Severity.WARNING, new Location("a.yaml", 4, 5), "MinCapacity is 1"});
    }

    @Test
    void locationComparesEveryComponent() throws Exception {
        assertComparesEveryComponent(Location.class, new Object[] {"a.yaml", 3, 5}, new Object[] {"b.yaml", 4, 6});
    }

    @Test
    void ignoreFileChainComparesEveryComponent() throws Exception {
        assertComparesEveryComponent(Class.forName("dev.sagelint.engine.IgnoreFiles$Chain"),
                new Object[] {Path.of("/repo"), Path.of("/repo/a")}, new Object[] {Path.of("/other"), Path.of("/repo/b")});
        assertComparesEveryComponent(Class.forName("dev.sagelint.engine.IgnoreFiles$Chain"),
                new Object[] {null, Path.of("/repo/a")}, new Object[] {Path.of("/other"), null});
    }

    /**
     * @param base  a value for each component, in declaration order
     * @param other for each component a value different from its base value
     */
    private static void assertComparesEveryComponent(Class<?> type, Object[] base, Object[] other) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        assertThat(components).as("a value for each component of %s", type.getSimpleName()).hasSameSizeAs(base);
        Constructor<?> make = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        make.setAccessible(true);
        Object one = make.newInstance(base);
        Object same = make.newInstance(base.clone());
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo("not a record");
        for (int i = 0; i < components.length; i++) {
            Object[] changed = base.clone();
            changed[i] = other[i];
            Object differs = make.newInstance(changed);
            assertThat(one).as("%s differing in %s", type.getSimpleName(), components[i].getName())
                    .isNotEqualTo(differs);
            assertThat(differs).isNotEqualTo(one);
        }
    }
}
