package jp.tsunagu.matching.round;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who this service instance is, as recorded on the rounds it solves: a stable name that survives a
 * restart ({@code tsunagu.instance.name}, by default the host name) and an id for this life of it.
 * A round still RUNNING under this name but another life was left by this same instance when it
 * crashed or was killed, so it can be closed at start without waiting for its heartbeat to go stale.
 * Several instances on one host therefore need names of their own.
 */
@ApplicationScoped
public class ServiceInstance {

    /** The width of {@code matching_round.instance_id}. */
    private static final int MAX_ID = 80;

    @Inject
    @ConfigProperty(name = "tsunagu.instance.name")
    Optional<String> configuredName;

    private String name;
    private String id;

    @PostConstruct
    void identify() {
        String chosen = configuredName.map(String::strip).filter(s -> !s.isEmpty()).orElseGet(ServiceInstance::hostName);
        name = chosen.length() > 50 ? chosen.substring(0, 50) : chosen;
        String life = "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        id = (name + life).length() <= MAX_ID ? name + life : name + life.substring(0, MAX_ID - name.length());
    }

    /** Stable across restarts. */
    public String name() {
        return name;
    }

    /** This life of the instance: the name, the process and a random part. */
    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
