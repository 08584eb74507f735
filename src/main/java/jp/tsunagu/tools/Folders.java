package jp.tsunagu.tools;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Whole folders of the local service's files: removed, copied, listed, and held by one launcher at a time. */
final class Folders {

    private Folders() {
    }

    /** Removes a file or a folder with everything in it; nothing there is not an error. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /** Copies a file or a folder, keeping modification times (a class-data-sharing archive checks them). */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The entries of a folder; none if it does not exist. */
    static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    /**
     * Locks a file (created if missing) for this process, or returns null when it is held already.
     * The operating system releases the lock when the process ends, however it ends.
     */
    static FileLock tryLock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this process already
        }
        channel.close();
        return null;
    }

    /** Releases a lock taken by {@link #tryLock}; none is fine. */
    static void release(FileLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.channel().close();
        } catch (IOException e) {
            // The operating system releases the lock with the process anyway.
        }
    }
}
