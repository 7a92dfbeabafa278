import httpfromscratch.concurrency.ConcurrentStore;
import httpfromscratch.json.MemoryStore;
import httpfromscratch.json.Store;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Shows the lost update of chapter 7: threads that create items at the same time in step 6's
 * MemoryStore (a TreeMap and {@code nextId++}) and in step 7's ConcurrentStore, and what each store
 * holds afterwards. Run by {@code bench/run.sh race}:
 * {@code java -cp <bench and the steps' classes> StoreRace [THREADS] [ITEMS_PER_THREAD]}.
 */
public final class StoreRace {

    private record Item(long id) {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        System.out.printf("%d threads each create %,d items at the same time (%,d in all)%n",
                threads, perThread, threads * perThread);
        for (int round = 1; round <= 3; round++) {
            report("MemoryStore (step 6)", new MemoryStore<>(), threads, perThread);
            report("ConcurrentStore (step 7)", new ConcurrentStore<>(), threads, perThread);
        }
    }

    private static void report(String name, Store<Item> store, int threads, int perThread) throws Exception {
        List<Item> returned = new ArrayList<>();
        String failure = createAtOnce(store, threads, perThread, returned);
        Set<Long> distinctIds = new HashSet<>();
        returned.forEach(item -> distinctIds.add(item.id()));
        String stored = countStored(store);
        System.out.printf("%-25s creates returned %,7d, distinct ids %,7d, items stored %s%s%n",
                name, returned.size(), distinctIds.size(), stored, failure);
    }

    /**
     * How many items {@code all()} lists. On a corrupted TreeMap the walk can go round a loop of
     * links forever, filling memory; we give it 5 s on a thread of its own and say what happened.
     */
    private static String countStored(Store<Item> store) throws InterruptedException {
        ExecutorService counter = Executors.newSingleThreadExecutor(StoreRace::daemon);
        Future<String> count = counter.submit(() -> {
            try {
                return String.format("%,d", store.all().size());
            } catch (Throwable e) { // even OutOfMemoryError: the list of a looping map never ends
                return "none: listing them failed with " + e.getClass().getSimpleName();
            }
        });
        try {
            return count.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "none: listing them never ended";
        } finally {
            counter.shutdownNow();
        }
    }

    /** A creator stuck in a corrupted map must not keep the JVM alive. */
    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Runs the creators, all released at once by a latch. A TreeMap written by two threads can be
     * corrupted so badly that a thread loops forever, so we wait at most 10 s and report it.
     */
    private static String createAtOnce(Store<Item> store, int threads, int perThread, List<Item> returned)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, StoreRace::daemon);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Item>>> creators = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            creators.add(pool.submit(() -> {
                start.await();
                List<Item> mine = new ArrayList<>(perThread);
                for (int i = 0; i < perThread; i++) {
                    mine.add(store.create(Item::new));
                }
                return mine;
            }));
        }
        start.countDown();
        String failure = "";
        for (Future<List<Item>> creator : creators) {
            try {
                returned.addAll(creator.get(10, TimeUnit.SECONDS));
            } catch (Exception e) {
                failure = "; a creator failed: " + (e.getCause() != null ? e.getCause() : e);
            }
        }
        pool.shutdownNow();
        return failure;
    }
}
