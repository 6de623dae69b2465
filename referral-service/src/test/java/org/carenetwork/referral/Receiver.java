package org.carenetwork.referral;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A partner's webhook receiver, as small as one can be: the JDK's HTTP server on a free loopback
 * port, keeping every request it gets and answering each with the next status of its script
 * (200 once the script is used up).
 */
public final class Receiver implements AutoCloseable {

    /** One request as received: its headers (names in lower case) and body. */
    public record Delivery(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> script = new ConcurrentLinkedDeque<>();

    private Receiver(HttpServer server) {
        this.server = server;
    }

    /** A receiver on a free port, answering with {@code statuses} first, then 200. */
    public static Receiver start(int... statuses) throws IOException {
        return startOn(0, statuses);
    }

    /** A receiver on {@code port} (0: a free one). */
    public static Receiver startOn(int port, int... statuses) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Receiver receiver = new Receiver(server);
        for (int status : statuses) {
            receiver.script.add(status);
        }
        server.createContext("/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            receiver.received.add(new Delivery(headers, body));
            Integer status = receiver.script.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL to subscribe with. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/hooks/carenet";
    }

    public List<Delivery> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
