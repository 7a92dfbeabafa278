package httpfromscratch.concurrency;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Standard output written a batch at a time: into a buffer, and out to the terminal (or file) when
 * the buffer is full, or at the latest {@link #FLUSH_INTERVAL} after a line.
 *
 * <p>{@code System.out} hands every line to the operating system at once, and the access log
 * writes a line per request. From a virtual thread, that write is a blocking call the scheduler has
 * to work around: it finds another carrier thread for the others while the write lasts. Measured
 * with wrk, 64 connections and the whole of the access log going to a file, it was more than half
 * of the full server's CPU time. Batched, a write carries hundreds of lines.
 */
final class BatchedOutput {

    /** Soon enough that a person watching the log sees each request as it happens. */
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(100);

    private static final int BUFFER_SIZE = 64 * 1024;

    private BatchedOutput() {
    }

    /** Replaces {@code System.out} with a batched one, flushed by a thread of its own. */
    static void install() {
        PrintStream batched = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER_SIZE),
                false, System.out.charset());
        System.setOut(batched);
        Thread.ofPlatform().name("stdout-flusher").daemon().start(() -> flushEvery(batched));
    }

    private static void flushEvery(PrintStream out) {
        try {
            while (true) {
                Thread.sleep(FLUSH_INTERVAL);
                out.flush();
            }
        } catch (InterruptedException e) {
            // nobody interrupts it; a daemon thread ends with the JVM
        }
    }
}
