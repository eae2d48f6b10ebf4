package dev.sagelint.parse.terraform;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading Terraform never reaches the network: data sources (here an {@code http} data source pointing
 * at a listening loopback socket) stay unknown, and no connection or proxy lookup happens.
 */
class NoNetworkTest {

    @Test
    void dataSourcesAreNotFetched() throws IOException {
        List<URI> lookups = new ArrayList<>();
        ProxySelector previous = ProxySelector.getDefault();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    lookups.add(uri);
                    return List.of(Proxy.NO_PROXY);
                }

                @Override
                public void connectFailed(URI uri, SocketAddress sa, IOException e) {
                }
            });
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/min";
            String tf = """
                    data "http" "min" {
                      url = "%s"
                    }
                    module "remote" {
                      source = "git::%s"
                    }
                    resource "aws_appautoscaling_target" "t" {
                      resource_id  = "endpoint/e/variant/v"
                      min_capacity = tonumber(data.http.min.response_body)
                      max_capacity = 2
                    }
                    """.formatted(url, url);
            List<Deployment> out = new TerraformFormat().parse(List.of(new SourceFile("main.tf", tf)),
                    ParseContext.defaults());
            ScalableTarget t = out.get(0).facts().stream().filter(ScalableTarget.class::isInstance)
                    .map(ScalableTarget.class::cast).findFirst().orElseThrow();
            assertNull(t.minCapacity());
            assertTrue(t.source().isUnknown("minCapacity"));
            // a connection made during parsing would wait in the backlog; there must be none
            server.setSoTimeout(1);
            assertThrows(SocketTimeoutException.class, () -> {
                try (Socket s = server.accept()) {
                    throw new AssertionError("the parser connected to " + s.getRemoteSocketAddress());
                }
            });
            assertEquals(List.of(), lookups, "no proxy lookup (every URL and socket connection makes one)");
        } finally {
            ProxySelector.setDefault(previous);
        }
    }

    @Test
    void theReadersUseNoNetworkClasses() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String pkg : List.of("terraform", "api", "json")) {
            Path dir = Path.of("src/main/java/dev/sagelint/parse", pkg);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f);
                    for (String banned : List.of("java.net", "java.net.http", "HttpURLConnection", "Socket",
                            "URLConnection", "openStream")) {
                        if (text.contains(banned)) {
                            offenders.add(f.getFileName() + " uses " + banned);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
