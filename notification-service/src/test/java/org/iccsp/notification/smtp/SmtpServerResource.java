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
import java.time.Duration;
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
    private static Thread stallerThread;
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            port = freePort();
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            setup.setServerStartupTimeout(20_000); // a busy machine takes longer than the default 2 s
            server = new GreenMail(setup)
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
        server().stop();
        try {
            staller = new ServerSocket();
            staller.setReuseAddress(true);
            staller.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket listening = staller;
        stallerThread = Thread.ofPlatform().daemon().name("smtp-staller").start(() -> {
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
                stallerThread.join(Duration.ofSeconds(10));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            stalled.clear();
            staller = null;
            stallerThread = null;
        }
        awaitFree(port);
        server().start();
    }

    /** A closed listening socket may release its port a moment later (on a busy machine, seconds). */
    private static void awaitFree(int port) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress("127.0.0.1", port));
                return;
            } catch (IOException inUse) {
                if (System.nanoTime() > deadline) {
                    throw new UncheckedIOException("port " + port + " still in use", inUse);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
