package jp.tsunagu.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local service's folders: one launcher at a time, and copies that keep what an archive checks. */
class FoldersTest {

    @TempDir
    Path dir;

    @Test
    void aHeldLockIsNotTakenTwiceAndIsFreeAgainOnceReleased() throws Exception {
        Path file = dir.resolve("runtime.lock");
        FileLock first = Folders.tryLock(file);
        assertThat(first).isNotNull();
        assertThat(Folders.tryLock(file)).isNull();
        Folders.release(first);
        FileLock again = Folders.tryLock(file);
        assertThat(again).isNotNull();
        Folders.release(again);
        Folders.release(null);
    }

    @Test
    void aCopyKeepsModificationTimesAndADeletedTreeIsGone() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("from/runtime")).resolve("a.jar");
        Files.writeString(jar, "classes");
        FileTime made = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(jar, made);

        Folders.copyTree(dir.resolve("from"), dir.resolve("to"));
        assertThat(Files.getLastModifiedTime(dir.resolve("to/runtime/a.jar"))).isEqualTo(made);
        assertThat(Folders.entries(dir.resolve("to"))).containsExactly(dir.resolve("to/runtime"));

        Folders.deleteTree(dir.resolve("to"));
        assertThat(dir.resolve("to")).doesNotExist();
        Folders.deleteTree(dir.resolve("to"));
        assertThat(Folders.entries(dir.resolve("to"))).isEmpty();
    }
}
