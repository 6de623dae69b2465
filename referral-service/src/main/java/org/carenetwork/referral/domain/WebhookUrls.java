package org.carenetwork.referral.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs a webhook may be sent to. The service POSTs to them from inside the network, so a URL
 * is a way to make it call anything it can reach (SSRF): only https, to hosts whose every address
 * is public. A receiver on the same machine ({@code http://127.0.0.1}, {@code localhost},
 * {@code [::1]}) is allowed only where {@code allowLoopback} says so (the dev, test and local
 * profiles). The addresses are looked up by the caller's {@link Resolver}; this class only judges.
 */
public final class WebhookUrls {

    public static final int MAX_LENGTH = 2000;

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /** Looks a host up (DNS, or an address literal as it is). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private WebhookUrls() {
    }

    /** Why {@code raw} may not be a webhook URL, or empty when it may. */
    public static Optional<String> refusal(String raw, boolean allowLoopback, Resolver resolver) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("is required: the https URL to POST events to");
        }
        if (raw.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment (#...)");
        }
        boolean loopbackName = LOOPBACK_NAMES.contains(host.toLowerCase(Locale.ROOT));
        if (scheme.equals("http") && !(allowLoopback && loopbackName)) {
            return Optional.of(allowLoopback ? "must be https (plain http only to 127.0.0.1, localhost or [::1])"
                    : "must be https");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        if (addresses.isEmpty()) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() && allowLoopback) {
                continue;
            }
            if (!isPublic(address)) {
                return Optional.of("resolves to a private, loopback or link-local address ("
                        + address.getHostAddress() + "); webhooks go to public hosts only");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an address is on the public internet: not loopback, any-local, link-local (the
     * cloud metadata address 169.254.169.254 among them), private (10/8, 172.16/12, 192.168/16,
     * fc00::/7), carrier-grade NAT (100.64/10), multicast, or reserved (0/8, 192.0.0/24,
     * 198.18/15, 240/4, the IPv6 documentation and NAT64 ranges with a private address inside).
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            return x != 0 && !(x == 100 && y >= 64 && y <= 127) && !(x == 192 && y == 0 && (b[2] & 0xff) == 0)
                    && !(x == 198 && (y == 18 || y == 19)) && x < 240;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return false;
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        if (nat64) {
            try {
                return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException impossible) {
                return false;
            }
        }
        return true;
    }
}
