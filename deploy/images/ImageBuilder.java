import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the five services' container images as OCI tarballs with Jib (jib-core), with no Docker
 * daemon and no registry: the base is made here, from this machine's JDK and C library, because
 * no base image can be pulled.
 *
 *   base layer   a jlink'ed JRE at /opt/java, the shared libraries it links (as ldd reports
 *                them, at the same paths, with the dynamic loader), /etc/passwd and /etc/group
 *                naming the user carenet (1001), /tmp, and /opt/healthcheck (HealthCheck.java,
 *                for health checks in docker compose: the image has no shell and no curl)
 *   app layers   target/quarkus-app of the service at /deployments, split as Quarkus' fast-jar
 *                is (lib/ changes least, then quarkus/, app/ and quarkus-run.jar)
 *   config       User 1001:1001, Entrypoint /opt/java/bin/java -jar /deployments/quarkus-run.jar
 *
 * Run through the `images` Maven profile (deploy/images/build.sh); arguments: repo root, output dir, version.
 */
public class ImageBuilder {

    static final Map<String, Integer> SERVICES = Map.of("facility-service", 8081, "assessment-service", 8082,
            "insurance-service", 8083, "referral-service", 8084, "gateway", 8080);

    /** What Quarkus on the JVM, the PostgreSQL driver, TLS and JMX-free metrics need. */
    static final String MODULES = String.join(",", "java.base", "java.logging", "java.management",
            "java.naming", "java.net.http", "java.security.jgss", "java.security.sasl", "java.sql",
            "java.transaction.xa", "java.xml", "java.desktop", "java.instrument", "java.compiler",
            "java.scripting", "java.rmi", "jdk.crypto.ec", "jdk.crypto.cryptoki", "jdk.unsupported", "jdk.management",
            "jdk.naming.dns", "jdk.zipfs", "jdk.localedata", "jdk.charsets");

    static final Instant EPOCH_PLUS_ONE = Instant.ofEpochSecond(1);

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        String version = args[2];
        Path work = out.resolve("work");
        deleteTree(work);
        Files.createDirectories(work);

        Path rootfs = work.resolve("rootfs");
        jlink(rootfs.resolve("opt/java"));
        copySharedLibraries(rootfs);
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("etc/passwd"),
                "root:x:0:0:root:/root:/sbin/nologin\ncarenet:x:1001:1001:carenet:/deployments:/sbin/nologin\n");
        Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\ncarenet:x:1001:\n");
        Files.writeString(rootfs.resolve("etc/nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
        Files.createDirectories(rootfs.resolve("tmp"));
        compileHealthCheck(root.resolve("deploy/images/HealthCheck.java"), rootfs.resolve("opt/healthcheck"));

        FileEntriesLayer base = directoryLayer("base: jre, libraries, users", rootfs, AbsoluteUnixPath.get("/"));
        for (String service : new TreeSet<>(SERVICES.keySet())) {
            Path app = root.resolve(service).resolve("target/quarkus-app");
            if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(app + "/quarkus-run.jar is missing: package the services first");
            }
            AbsoluteUnixPath deployments = AbsoluteUnixPath.get("/deployments");
            JibContainerBuilder image = Jib.fromScratch()
                    .setFormat(ImageFormat.OCI)
                    .setCreationTime(EPOCH_PLUS_ONE)
                    .addFileEntriesLayer(base)
                    .addFileEntriesLayer(directoryLayer("lib", app.resolve("lib"), deployments.resolve("lib")))
                    .addFileEntriesLayer(directoryLayer("quarkus", app.resolve("quarkus"), deployments.resolve("quarkus")))
                    .addFileEntriesLayer(directoryLayer("app", app.resolve("app"), deployments.resolve("app")))
                    .addFileEntriesLayer(FileEntriesLayer.builder().setName("quarkus-run.jar")
                            .addEntry(app.resolve("quarkus-run.jar"), deployments.resolve("quarkus-run.jar"),
                                    FilePermissions.fromOctalString("644"), EPOCH_PLUS_ONE).build())
                    .setUser("1001:1001")
                    .setWorkingDirectory(deployments)
                    .setEnvironment(Map.of("JAVA_HOME", "/opt/java", "PATH", "/opt/java/bin",
                            "LANG", "C.UTF-8", "JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=40 -XX:+UseSerialGC",
                            "MALLOC_ARENA_MAX", "2"))
                    .setEntrypoint(List.of("/opt/java/bin/java", "-jar", "/deployments/quarkus-run.jar"))
                    .setExposedPorts(Set.of(Port.tcp(SERVICES.get(service))))
                    .addLabel("org.opencontainers.image.title", service)
                    .addLabel("org.opencontainers.image.version", version);
            Path tar = out.resolve(service + ".tar");
            String ref = "carenet/" + service + ":" + version;
            image.containerize(Containerizer.to(TarImage.at(tar).named(ref))
                    .setApplicationLayersCache(work.resolve("cache"))
                    .setBaseImageLayersCache(work.resolve("cache")));
            System.out.println("built " + ref + " -> " + tar + " (" + Files.size(tar) / (1024 * 1024) + " MiB)");
        }
    }

    static void jlink(Path target) {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(
                () -> new IllegalStateException("jlink is missing: build with a JDK, not a JRE"));
        int rc = jlink.run(System.out, System.err, "--add-modules", MODULES, "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=2", "--output", target.toString());
        if (rc != 0) throw new IllegalStateException("jlink failed: " + rc);
    }

    /** The images have no shell or curl: this class is what a container health check runs. */
    static void compileHealthCheck(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        int rc = javac.run(System.out, System.err, "--release", "17", "-d", target.toString(), source.toString());
        if (rc != 0) throw new IllegalStateException("javac HealthCheck failed: " + rc);
    }

    /** Copies every shared library the JRE's executables and libraries link, and the loader, to the same paths. */
    static void copySharedLibraries(Path rootfs) throws IOException, InterruptedException {
        Pattern lib = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x");
        Set<String> needed = new TreeSet<>();
        List<Path> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rootfs.resolve("opt/java"))) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".so") || p.getParent().endsWith("bin") || p.getFileName().toString().equals("jspawnhelper"))
                    .forEach(objects::add);
        }
        for (Path o : objects) {
            Process p = new ProcessBuilder("ldd", o.toString()).redirectErrorStream(true).start();
            String text;
            try (InputStream in = p.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            p.waitFor();
            Matcher m = lib.matcher(text);
            while (m.find()) {
                if (!m.group(1).startsWith(rootfs.toString())) needed.add(m.group(1));
            }
        }
        for (String path : needed) {
            Path dest = rootfs.resolve(path.substring(1));
            Files.createDirectories(dest.getParent());
            Files.copy(Path.of(path).toRealPath(), dest, StandardCopyOption.REPLACE_EXISTING);
            // /lib64 and /lib are symlinks to /usr/... on merged-/usr systems; the image has
            // no symlinks, so the loader is also placed under the path the binaries ask for.
        }
        System.out.println("base: " + needed.size() + " shared libraries " + needed);
    }

    static FileEntriesLayer directoryLayer(String name, Path source, AbsoluteUnixPath target) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted().toList()) {
                if (p.equals(source)) continue;
                AbsoluteUnixPath dest = target.resolve(source.relativize(p).toString());
                String mode = Files.isDirectory(p) ? (p.getFileName().toString().equals("tmp") ? "777" : "755")
                        : Files.isExecutable(p) ? "755" : "644";
                layer.addEntry(p, dest, FilePermissions.fromOctalString(mode), EPOCH_PLUS_ONE);
            }
        }
        return layer.build();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) Files.delete(p);
        }
    }
}
