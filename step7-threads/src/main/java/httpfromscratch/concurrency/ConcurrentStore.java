package httpfromscratch.concurrency;

import httpfromscratch.json.Store;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Step 6's {@link Store}, safe for many connection threads at once.
 *
 * <p>Step 6's {@code MemoryStore} does {@code id = nextId++} and {@code items.put(id, item)}. With
 * two threads, both can read the same {@code nextId} before either writes it back: two items get
 * one id, and the second put overwrites the first. A lost update, and no error anywhere.
 *
 * <p>Here each operation is one atomic step of a concurrent class: {@link AtomicLong} hands every
 * caller a different id, and {@link ConcurrentSkipListMap} (a sorted map, so {@link #all()} stays in
 * id order) lets readers and writers work at the same time without a lock around the whole map.
 */
public final class ConcurrentStore<T> implements Store<T> {

    private final ConcurrentNavigableMap<Long, T> items = new ConcurrentSkipListMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    @Override
    public T create(LongFunction<T> withId) {
        long id = nextId.getAndIncrement(); // read and increment in one step: no two callers get the same id
        T item = withId.apply(id);
        items.put(id, item);
        return item;
    }

    @Override
    public Optional<T> find(long id) {
        return Optional.ofNullable(items.get(id));
    }

    /** A snapshot in id order; items created while it is being taken may or may not be in it. */
    @Override
    public List<T> all() {
        return List.copyOf(items.values());
    }

    /** {@code replace} only replaces a key that is there, in one step: no check-then-act gap. */
    @Override
    public boolean replace(long id, T item) {
        return items.replace(id, item) != null;
    }

    @Override
    public boolean delete(long id) {
        return items.remove(id) != null;
    }
}
