package org.musicrec.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name in the cluster ({@code musicrec.node.id}): it holds job leases, names the node's
 * own consumer groups and is shown in the console. Unique among the nodes running at one time, and
 * best kept across a node's restarts (a restarted node takes back the leases its dead predecessor
 * held under the name). Unset: host name and process id, unique but new at every start.
 */
@ApplicationScoped
public class NodeIdentity {

    /** Longest node id accepted (it goes into group ids and documents). */
    static final int MAX_LENGTH = 64;

    @Inject
    @ConfigProperty(name = "musicrec.node.id", defaultValue = " ")
    String configured;

    private volatile String id;

    public String id() {
        String v = id;
        if (v == null) {
            v = resolve(configured);
            id = v;
        }
        return v;
    }

    static String resolve(String configured) {
        String v = configured == null ? "" : configured.trim();
        if (v.isEmpty()) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "node";
            }
            v = host + "-" + ProcessHandle.current().pid();
        }
        if (v.length() > MAX_LENGTH || !v.matches("[A-Za-z0-9._:-]+")) {
            throw new IllegalArgumentException("musicrec.node.id must be 1-" + MAX_LENGTH
                    + " characters of letters, digits and . _ : -, was " + v);
        }
        return v;
    }
}
