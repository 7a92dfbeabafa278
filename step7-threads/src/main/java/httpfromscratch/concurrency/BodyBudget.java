package httpfromscratch.concurrency;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many request bytes all connections together may be receiving at once. Step 2's limit keeps
 * one body under 1 MiB; ten thousand connections each sending one would still need 10 GB. This is
 * the limit on their sum.
 *
 * <p>A connection takes from the budget as its request's bytes arrive, and gives them all back once
 * the request has been read. When a request's next bytes do not fit, it is refused with
 * {@code 503 Service Unavailable}: the server is busy, not the request wrong, and the same request
 * a moment later will fit.
 *
 * <p>Many connection threads take and give back at once; one {@link AtomicLong} keeps the count
 * right without a lock.
 */
final class BodyBudget {

    private final AtomicLong left;

    BodyBudget(long bytes) {
        this.left = new AtomicLong(bytes);
    }

    /** Takes {@code bytes} if they fit, and says whether they did. */
    boolean take(long bytes) {
        if (left.addAndGet(-bytes) >= 0) {
            return true;
        }
        left.addAndGet(bytes); // they did not fit: put them back, as if we had never asked
        return false;
    }

    void giveBack(long bytes) {
        left.addAndGet(bytes);
    }

    long left() {
        return left.get();
    }
}
