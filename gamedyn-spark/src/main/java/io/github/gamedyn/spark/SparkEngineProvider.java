package io.github.gamedyn.spark;

import io.github.gamedyn.core.engine.Engine;
import io.github.gamedyn.core.engine.EngineProvider;
import java.util.Map;

/** {@code spark}: {@link SparkEngine}, with the one setting {@code master}. */
public final class SparkEngineProvider implements EngineProvider {

    /** The setting naming the Spark master. */
    static final String MASTER = "master";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String description() {
        return "Apache Spark: local[*] on this machine, or the cluster spark-submit names";
    }

    @Override
    public Engine create(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!key.equals(MASTER)) {
                throw new IllegalArgumentException("setting '" + key + "' of engine spark is "
                        + "unknown; allowed: " + MASTER);
            }
        }
        return SparkEngine.start(settings.get(MASTER));
    }
}
