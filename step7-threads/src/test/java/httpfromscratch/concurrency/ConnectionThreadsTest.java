package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Exercise 7.1: a new virtual thread for every connection. A cached pool of platform threads, or a
 * fixed pool of virtual ones, serves a few clients just as well, so these tests ask for what only
 * the right executor gives: virtual threads, and no limit on how many run at once.
 */
class ConnectionThreadsTest {

    /** Far more than any fixed pool a hurried solution would pick, few enough to start in a moment. */
    private static final int CONNECTIONS = 1000;

    @Test
    void runsEachTaskOnAVirtualThread() throws Exception {
        try (ExecutorService threads = ConnectionThreads.virtualThreads()) {
            boolean virtual = threads.submit(() -> Thread.currentThread().isVirtual()).get(10, TimeUnit.SECONDS);

            assertThat(virtual).as("virtualThreads() must run connections on virtual threads (JEP 444),"
                    + " not on platform threads of a pool").isTrue();
        }
    }

    @Test
    void runsAThousandBlockedTasksAtOnce() throws InterruptedException {
        CountDownLatch allStarted = new CountDownLatch(CONNECTIONS);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = ConnectionThreads.virtualThreads()) {
            for (int i = 0; i < CONNECTIONS; i++) {
                threads.execute(() -> {
                    allStarted.countDown();
                    awaitQuietly(release); // like a connection blocked in a read
                });
            }

            boolean started = allStarted.await(10, TimeUnit.SECONDS);
            release.countDown();

            assertThat(started).as("%d connections that block must all run at once: one new thread each,"
                    + " not a pool of a fixed size (%d never started)", CONNECTIONS, allStarted.getCount()).isTrue();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
