package jp.tsunagu.tools;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks for the local launcher. */
final class FreePorts {

    private FreePorts() {
    }

    /** A port nobody listens on right now, chosen by the OS. */
    static int pick() throws LaunchException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LaunchException("Cannot find a free local port: " + e.getMessage());
        }
    }

    /** Whether the service could listen on this port on all addresses, as Payara Micro does. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
