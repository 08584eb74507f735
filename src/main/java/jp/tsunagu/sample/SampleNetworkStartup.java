package jp.tsunagu.sample;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
            loader.load(new SampleWeekGenerator().generate(seed, SampleScale.parse(scale)));
        }
    }
}
