package org.carenetwork.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the working tree, where {@code deploy/local} lives. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Path get() {
        String configured = System.getProperty("carenet.repo.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "deploy", "local"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/local/pg.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (deploy/local/pg.sh) from "
                + Path.of("").toAbsolutePath());
    }
}
