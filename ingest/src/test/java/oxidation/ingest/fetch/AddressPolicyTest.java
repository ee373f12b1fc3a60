package oxidation.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private final AddressPolicy policy = new AddressPolicy(FetchConfig.defaults(Set.of("127.0.0.1")));

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
            "169.254.169.254, link-local", "fe80::1, link-local",
            "10.0.0.1, private", "172.16.5.4, private", "172.31.255.255, private", "192.168.1.1, private",
            "100.64.0.1, private", "fd12:3456::1, private", "fc00::1, private",
            "224.0.0.1, multicast", "ff02::1, multicast",
            "0.0.0.0, unspecified", "0.1.2.3, unspecified", "::, unspecified",
            "255.255.255.255, broadcast", "240.0.0.1, reserved",
            "::ffff:127.0.0.1, loopback", "::ffff:10.1.2.3, private", "64:ff9b::a9fe:a9fe, link-local",
            "2002:c0a8:0101::1, private", "::127.0.0.1, loopback"})
    void classifiesNonPublicAddresses(String literal, String kind) throws Exception {
        assertThat(AddressPolicy.classify(InetAddress.getByName(literal))).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::6810:84e5",
            "2002:5db8:d70e::1"})
    void acceptsPublicAddresses(String literal) throws Exception {
        assertThat(AddressPolicy.classify(InetAddress.getByName(literal))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:8080/feed", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/", "https://192.168.0.1/x", "http://0.0.0.0:9092/", "http://[fe80::1]/"})
    void refusesNonPublicTargets(String url) {
        assertThat(policy.refusal(URI.create(url))).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("refused: ").contains("INGEST_ALLOW_HOSTS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://93.184.215.14/feed", "gopher://8.8.8.8/", "jar:file:/x!/y"})
    void refusesSchemesOtherThanHttp(String url) {
        assertThat(policy.refusal(URI.create(url))).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("refused: scheme"));
    }

    @Test
    void allowsHostsOnTheAllowListAsWrittenInTheUrl() {
        assertThat(policy.refusal(URI.create("http://127.0.0.1:8080/feed.xml"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://localhost:8080/feed.xml"))).isPresent();
    }

    @Test
    void allowListMatchesBracketedIpv6AndAnyCase() {
        AddressPolicy v6 = new AddressPolicy(FetchConfig.defaults(Set.of("[::1]", "MyHost.Local")));
        assertThat(v6.refusal(URI.create("http://[::1]:81/"))).isEmpty();
        assertThat(v6.refusal(URI.create("http://myhost.local/"))).isEmpty();
    }

    @Test
    void acceptsPublicLiteralWithoutAllowList() {
        assertThat(policy.refusal(URI.create("https://93.184.215.14/feed.xml"))).isEmpty();
    }
}
