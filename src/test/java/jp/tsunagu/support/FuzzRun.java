package jp.tsunagu.support;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How the fuzz properties run: from a fixed seed, so that every build tries the same inputs and a
 * failure in CI happens again on any machine, with the tries each property names. A longer search
 * is asked for on the command line: {@code -Dfuzz.tries=5000} (tries per property) and
 * {@code -Dfuzz.seed=123} (other inputs than the build's). Registered with
 * {@code @AddLifecycleHook(FuzzRun.class)}.
 */
public class FuzzRun implements AroundPropertyHook {

    /** The seed of every build. */
    public static final String SEED = "20261126";

    public static String seed() {
        return System.getProperty("fuzz.seed", SEED);
    }

    /** The tries asked for on the command line, or {@code fallback}. */
    public static int tries(int fallback) {
        String tries = System.getProperty("fuzz.tries");
        return tries == null || tries.isBlank() ? fallback : Integer.parseInt(tries.trim());
    }

    /** Registered on a class, it applies to the properties in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes attributes = context.attributes();
        attributes.setSeed(seed());
        attributes.setTries(tries(attributes.tries().orElse(200)));
        return property.execute();
    }
}
