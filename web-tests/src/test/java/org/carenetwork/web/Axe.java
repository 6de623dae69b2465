package org.carenetwork.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carenetwork.testing.RepoRoot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the version pinned in web-tests/axe/package-lock.json, installed with npm ci on first use)
 * injected into the page under test: the WCAG 2.1 A and AA rules, run on the page as it is now.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            Path dir = RepoRoot.get().resolve("web-tests/axe");
            Path script = dir.resolve("node_modules/axe-core/axe.min.js");
            try {
                if (!Files.isRegularFile(script)) {
                    // Not inheritIO: Node sets a stdin it shares non-blocking, and the test JVM's stdin and
                    // stdout are surefire's channel to Maven ("std/in stream corrupted"). npm reads
                    // nothing and writes its log to a file.
                    Path log = RepoRoot.get().resolve("web-tests/target/npm-axe.log");
                    Files.createDirectories(log.getParent());
                    Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                            .start();
                    if (npm.waitFor() != 0) {
                        throw new IllegalStateException("npm ci in " + dir + " failed (see " + log
                                + "): axe-core is needed for the WCAG checks");
                    }
                }
                source = Files.readString(script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read axe-core", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return source;
    }

    /** The violations of WCAG 2.1 A and AA on the page now: one line per rule and element, empty when none. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): '
                        + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')))))
                   .catch(e => done(['axe failed: ' + e]));
                """, TAGS);
        return (List<String>) result;
    }

    static Map<String, Object> version(WebDriver driver) {
        return Map.of("axe", ((JavascriptExecutor) driver).executeScript("return window.axe && axe.version"));
    }
}
