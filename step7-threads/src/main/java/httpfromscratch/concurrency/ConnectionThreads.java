package httpfromscratch.concurrency;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Where each connection runs: the two choices step 7 compares. */
final class ConnectionThreads {

    private ConnectionThreads() {
    }

    // Exercise 7.1
    /**
     * A new virtual thread for every connection (JEP 444). A virtual thread that blocks on a socket
     * gives its carrier thread back to the JVM, so ten thousand idle connections cost ten thousand
     * small stacks on the heap, not ten thousand operating-system threads.
     */
    static ExecutorService virtualThreads() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    /**
     * A fixed pool of platform threads. A connection keeps its thread for as long as it stays open,
     * so with keep-alive the pool serves at most {@code threads} clients; the next ones wait in the
     * pool's queue until one of them leaves.
     */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("connection-", 1).daemon().factory());
    }
}
