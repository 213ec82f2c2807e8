package cn.zhicheng.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The file system side of attachments: files named by their SHA-256 under a configurable directory
 * ({@code zc.attachment.dir}), fanned out by the first two hex digits. Writes go to a temporary file first and are
 * moved into place atomically, so a crash never leaves a half-written file under its final name.
 */
@ApplicationScoped
public class AttachmentStore {

    @Inject
    @ConfigProperty(name = "zc.attachment.dir")
    private Optional<String> configuredDirectory;

    private Path root;

    @PostConstruct
    void init() {
        root = configuredDirectory.map(Path::of).orElseGet(AttachmentStore::defaultDirectory);
        try {
            Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment directory not writable: " + root, e);
        }
    }

    private static Path defaultDirectory() {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        return instanceRoot != null ? Path.of(instanceRoot, "zhicheng-attachments")
                : Path.of(System.getProperty("java.io.tmpdir"), "zhicheng-attachments");
    }

    public Path root() {
        return root;
    }

    /** A fresh temporary file in the store's own file system, so the final move is atomic. */
    public Path newTemporaryFile() throws IOException {
        return Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
    }

    /** Moves a verified temporary file to its content address; an existing identical file is kept. */
    public void commit(Path temporary, String sha256) throws IOException {
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.deleteIfExists(temporary);
            return;
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
