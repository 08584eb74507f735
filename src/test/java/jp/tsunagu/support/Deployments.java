package jp.tsunagu.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the WAR the build produced, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("tsunagu.war", "target/tsunagu.war"));
        return ShrinkWrap.create(ZipImporter.class, "tsunagu.war").importFrom(war).as(WebArchive.class);
    }
}
