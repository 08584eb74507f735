package jp.tsunagu.sample;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.tsunagu.matching.problem.MatchingProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jp.tsunagu.region.RegionSetup;

/**
 * With {@code tsunagu.sample.load=true} (the local start command and the tests), fills an empty
 * network with the generated Nagano sample week. Never on by default: a real network starts empty.
 */
@Singleton
@Startup
@DependsOn("RegionSetup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SampleNetworkStartup {

    private static final Logger LOG = Logger.getLogger(SampleNetworkStartup.class.getName());

    @Inject
    @ConfigProperty(name = "tsunagu.sample.load", defaultValue = "false")
    boolean load;

    @Inject
    @ConfigProperty(name = "tsunagu.sample.scale", defaultValue = "default")
    String scale;

    @Inject
    @ConfigProperty(name = "tsunagu.sample.seed", defaultValue = "" + SampleWeekGenerator.DEFAULT_SEED)
    long seed;

    @Inject
    RegionSetup region;

    @Inject
    SampleNetworkLoader loader;

    @PostConstruct
    void loadSample() {
        if (load && loader.isEmpty(region.prefectureCode())) {
            SampleScale size = SampleScale.parse(scale);
            long started = System.nanoTime();
            MatchingProblem week = new SampleWeekGenerator().generate(seed, size);
            long generated = System.nanoTime();
            loader.load(week);
            long written = System.nanoTime();
            // Printed by the local service: the load is the part of a first start that grows with the scale.
            LOG.info(() -> String.format(java.util.Locale.ROOT,
                    "sample network (scale %s) generated in %.1f s, written in %.1f s (committed)",
                    size.label(), (generated - started) / 1e9, (written - generated) / 1e9));
        }
    }
}
