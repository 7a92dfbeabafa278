package httpfromscratch.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import httpfromscratch.http.Status;
import httpfromscratch.json.ApiException;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The store alone: each operation does what step 6's store does, and none is lost to a race. */
class ConcurrentStoreTest {

    private record Item(long id, String name) {
    }

    private final ConcurrentStore<Item> store = new ConcurrentStore<>();

    @Test
    void handsOutIdsFromOneInCreationOrder() {
        store.create(id -> new Item(id, "a"));
        store.create(id -> new Item(id, "b"));

        assertThat(store.all()).containsExactly(new Item(1, "a"), new Item(2, "b"));
        assertThat(store.find(2)).contains(new Item(2, "b"));
        assertThat(store.find(3)).isEmpty();
    }

    @Test
    void refusesAnItemPastItsCapacityWith507UntilAnotherLeaves() {
        ConcurrentStore<Item> bounded = new ConcurrentStore<>(10, item -> item.name().length());
        bounded.create(id -> new Item(id, "abcdef"));

        assertThatThrownBy(() -> bounded.create(id -> new Item(id, "ghijk")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(Status.INSUFFICIENT_STORAGE))
                .hasMessageContaining("full");
        assertThat(bounded.all()).hasSize(1);
        assertThat(bounded.replace(1, new Item(1, "abcd"))).as("6 bytes become 4").isTrue();
        bounded.create(id -> new Item(id, "ghijk")); // 4 + 5 fit in 10 now
        assertThat(bounded.delete(1)).isTrue();
        bounded.create(id -> new Item(id, "lmno")); // 5 + 4
        assertThat(bounded.all()).extracting(Item::name).containsExactly("ghijk", "lmno");
    }

    @Test
    void replacesAndDeletesOnlyItemsThatExist() {
        store.create(id -> new Item(id, "a"));

        assertThat(store.replace(1, new Item(1, "A"))).isTrue();
        assertThat(store.replace(2, new Item(2, "B"))).isFalse();
        assertThat(store.all()).containsExactly(new Item(1, "A"));
        assertThat(store.delete(1)).isTrue();
        assertThat(store.delete(1)).isFalse();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void neverGivesADeletedIdToANewItem() {
        store.create(id -> new Item(id, "a"));
        store.delete(1);

        assertThat(store.create(id -> new Item(id, "b")).id()).isEqualTo(2);
    }

    @Test
    void losesNoItemWhenManyThreadsCreateAtOnce() throws Exception {
        int threads = 8;
        int perThread = 10_000;
        CountDownLatch start = new CountDownLatch(1); // all threads start together, to collide as much as they can
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> writers = java.util.stream.IntStream.range(0, threads)
                    .<Future<?>>mapToObj(t -> pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            store.create(id -> new Item(id, "x"));
                        }
                        return null;
                    }))
                    .toList();
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get();
            }
        }

        List<Item> items = store.all();
        assertThat(items).hasSize(threads * perThread);
        assertThat(items.stream().map(Item::id).distinct().count()).isEqualTo(threads * perThread);
    }
}
