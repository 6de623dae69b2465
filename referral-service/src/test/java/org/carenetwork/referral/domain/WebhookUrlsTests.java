package org.carenetwork.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which webhook URLs are taken, with and without the local loopback allowance (names resolved by a table, not DNS). */
class WebhookUrlsTests {

    /** What the test's "DNS" answers: public names, a name that points inside (DNS rebinding), none for the rest. */
    static final Map<String, List<String>> DNS = Map.of(
            "partner.example", List.of("93.184.216.34"),
            "dual.example", List.of("93.184.216.34", "10.0.0.7"),
            "metadata.example", List.of("169.254.169.254"),
            "v6.example", List.of("2606:4700::6810:85e5"),
            "localhost", List.of("127.0.0.1"));

    static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return List.of(InetAddress.getByName(host));
        }
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        java.util.ArrayList<InetAddress> out = new java.util.ArrayList<>();
        for (String a : addresses) {
            out.add(InetAddress.getByName(a));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} (loopback allowed {1}): {2}")
    @CsvSource(delimiter = '|', value = {
            "https://partner.example/hooks | false | ",
            "https://partner.example:8443/hooks?x=1 | false | ",
            "https://v6.example/hooks | false | ",
            "https://93.184.216.34/hooks | false | ",
            "http://partner.example/hooks | false | must be https",
            "http://partner.example/hooks | true | must be https (plain http only to 127.0.0.1, localhost or [::1])",
            "http://127.0.0.1:9000/hooks | false | must be https",
            "http://127.0.0.1:9000/hooks | true | ",
            "http://localhost:9000/hooks | true | ",
            "http://[::1]:9000/hooks | true | ",
            "https://127.0.0.1/hooks | false | resolves to a private, loopback or link-local address (127.0.0.1); webhooks go to public hosts only",
            "https://localhost/hooks | false | resolves to a private, loopback or link-local address (127.0.0.1); webhooks go to public hosts only",
            "https://10.1.2.3/hooks | true | resolves to a private, loopback or link-local address (10.1.2.3); webhooks go to public hosts only",
            "https://172.16.0.1/ | false | resolves to a private, loopback or link-local address (172.16.0.1); webhooks go to public hosts only",
            "https://192.168.1.10/ | false | resolves to a private, loopback or link-local address (192.168.1.10); webhooks go to public hosts only",
            "https://169.254.169.254/latest/meta-data | true | resolves to a private, loopback or link-local address (169.254.169.254); webhooks go to public hosts only",
            "https://metadata.example/ | false | resolves to a private, loopback or link-local address (169.254.169.254); webhooks go to public hosts only",
            "https://dual.example/ | false | resolves to a private, loopback or link-local address (10.0.0.7); webhooks go to public hosts only",
            "https://100.64.0.1/ | false | resolves to a private, loopback or link-local address (100.64.0.1); webhooks go to public hosts only",
            "https://0.0.0.0/ | false | resolves to a private, loopback or link-local address (0.0.0.0); webhooks go to public hosts only",
            "https://[fd00::1]/ | false | resolves to a private, loopback or link-local address (fd00:0:0:0:0:0:0:1); webhooks go to public hosts only",
            "https://[fe80::1]/ | false | resolves to a private, loopback or link-local address (fe80:0:0:0:0:0:0:1); webhooks go to public hosts only",
            "https://[::ffff:10.0.0.1]/ | false | resolves to a private, loopback or link-local address (10.0.0.1); webhooks go to public hosts only",
            "https://[64:ff9b::a00:1]/ | false | resolves to a private, loopback or link-local address (64:ff9b:0:0:0:0:a00:1); webhooks go to public hosts only",
            "https://unknown.example/ | false | names a host that does not resolve",
            "https://user:secret@partner.example/ | false | must not carry a user name or password",
            "https://partner.example/#frag | false | must not have a fragment (#...)",
            "ftp://partner.example/ | false | must be an absolute https URL with a host",
            "/hooks | false | must be an absolute https URL with a host",
            "https://partner example/ | false | is not a valid URL",
    })
    void urls_areTakenOrRefused_withTheReason(String url, boolean allowLoopback, String refusal) {
        assertEquals(Optional.ofNullable(refusal), WebhookUrls.refusal(url, allowLoopback, WebhookUrlsTests::resolve));
    }

    @ParameterizedTest(name = "{0} is public: {1}")
    @CsvSource({"8.8.8.8, true", "198.18.0.1, false", "240.0.0.1, false", "224.0.0.1, false", "192.0.0.8, false",
            "2001:db8::1, false", "2606:4700::1, true", "64:ff9b::808:808, true"})
    void addressRanges(String address, boolean isPublic) throws UnknownHostException {
        assertEquals(isPublic, WebhookUrls.isPublic(InetAddress.getByName(address)));
    }

    @ParameterizedTest(name = "a URL of {0} characters")
    @CsvSource({"2001"})
    void overlongUrls_areRefused(int length) {
        String url = "https://partner.example/" + "a".repeat(length - 24);
        assertTrue(WebhookUrls.refusal(url, false, WebhookUrlsTests::resolve).orElseThrow().contains("at most 2000"));
    }
}
