package oxidation.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs may be fetched: http and https only, and only to public addresses, checked on every address
 * the host resolves to, unless the host is on the allow-list.
 */
final class AddressPolicy {

    private final FetchConfig config;

    AddressPolicy(FetchConfig config) {
        this.config = config;
    }

    /** The reason this URL must not be fetched, or empty when it may be. Resolves the host. */
    Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("refused: scheme '" + scheme + "' of " + uri + " is not http or https");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("refused: " + uri + " has no host");
        }
        if (config.allows(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(FetchConfig.normalizeHost(host));
        } catch (UnknownHostException e) {
            return Optional.of("unknown host '" + host + "'");
        }
        for (InetAddress address : addresses) {
            String kind = classify(address);
            if (kind != null) {
                return Optional.of("refused: " + host + " resolves to " + address.getHostAddress() + ", a " + kind
                        + " address (allow the host in INGEST_ALLOW_HOSTS to fetch it)");
            }
        }
        return Optional.empty();
    }

    /**
     * What kind of non-public address this is (loopback, link-local, private, multicast, unspecified,
     * broadcast or reserved), or null for a public address.
     */
    static String classify(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        return address instanceof Inet4Address v4 ? classify4(v4.getAddress()) : classify6((Inet6Address) address);
    }

    private static String classify4(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        if (first == 0) {
            return "unspecified";
        }
        if (first == 100 && second >= 64 && second < 128) {
            return "private";
        }
        if (first == 198 && (second == 18 || second == 19)) {
            return "private";
        }
        if (first >= 240) {
            return (a[0] & a[1] & a[2] & a[3]) == (byte) 0xff ? "broadcast" : "reserved";
        }
        return null;
    }

    private static String classify6(Inet6Address address) {
        byte[] a = address.getAddress();
        if ((a[0] & 0xfe) == 0xfc) {
            return "private";
        }
        if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0xc0) {
            return "private";
        }
        byte[] embedded = embeddedIpv4(a);
        if (embedded != null) {
            try {
                return classify(InetAddress.getByAddress(embedded));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-compatible, IPv4-mapped, NAT64 (64:ff9b::/96) or 6to4 address. */
    private static byte[] embeddedIpv4(byte[] a) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= a[i] == 0;
        }
        boolean compatible = zeroPrefix && ((a[10] == 0 && a[11] == 0) || (a[10] == (byte) 0xff && a[11] == (byte) 0xff));
        boolean nat64 = a[0] == 0 && a[1] == 0x64 && a[2] == (byte) 0xff && a[3] == (byte) 0x9b;
        if (compatible || nat64) {
            return new byte[] {a[12], a[13], a[14], a[15]};
        }
        if (a[0] == 0x20 && a[1] == 0x02) {
            return new byte[] {a[2], a[3], a[4], a[5]};
        }
        return null;
    }
}
