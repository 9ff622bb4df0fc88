package org.iccsp.notification.smtp;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail, as in the local stack) inside the test JVM on a loopback port of
 * its own: quarkus-mailer really connects and hands every message over SMTP. The port stays fixed
 * so a test can take the server down and bring it back to make deliveries fail and recover.
 */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {
    private static GreenMail server;
    /** While the server stalls: a socket on its port that accepts connections and never says a word. */
    private static ServerSocket staller;
    private static final List<Socket> stalled = new ArrayList<>();

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    static synchronized GreenMail server() {
        if (server == null) {
            throw new IllegalStateException("the SMTP server is not running: annotate the test with "
                    + "@WithTestResource(SmtpServerResource.class)");
        }
        return server;
    }

    /** Takes the server down: connections are refused until {@link #bringBack()}. */
    public static synchronized void takeDown() {
        server().stop();
    }

    /**
     * Replaces the server by one that accepts connections and then says nothing, not even its
     * greeting: a send hangs until quarkus-mailer's timeout gives up on it.
     */
    public static synchronized void stall() {
        int port = server().getSmtp().getPort();
        server().stop();
        try {
            staller = new ServerSocket();
            staller.setReuseAddress(true);
            staller.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket listening = staller;
        Thread.ofVirtual().name("smtp-staller").start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket socket = listening.accept();
                    synchronized (SmtpServerResource.class) {
                        stalled.add(socket);
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    public static synchronized void bringBack() {
        if (staller != null) {
            try {
                staller.close();
                for (Socket socket : stalled) {
                    socket.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stalled.clear();
            staller = null;
        }
        server().start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
