package httpfromscratch.json;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * A {@link Store} in a map from id to item, gone when the server stops.
 *
 * <p><strong>Not thread-safe, on purpose.</strong> Step 6's server handles one connection at a
 * time, so only one thread ever touches the map and the counter. With two threads, two
 * {@code create}s could read the same {@code nextId} and one item would overwrite the other; the
 * {@code TreeMap} itself could be corrupted. Step 7 runs connections in parallel and needs a store
 * that is safe for that.
 */
public final class MemoryStore<T> implements Store<T> {

    /** Sorted by id, so {@link #all()} lists items in the order they were created. */
    private final SortedMap<Long, T> items = new TreeMap<>();

    /** The next id to hand out. It only goes up: a deleted item's id is never given to another. */
    private long nextId = 1;

    @Override
    public T create(LongFunction<T> withId) {
        long id = nextId++;
        T item = withId.apply(id);
        items.put(id, item);
        return item;
    }

    @Override
    public Optional<T> find(long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public List<T> all() {
        return List.copyOf(items.values());
    }

    @Override
    public boolean replace(long id, T item) {
        if (!items.containsKey(id)) {
            return false;
        }
        items.put(id, item);
        return true;
    }

    @Override
    public boolean delete(long id) {
        return items.remove(id) != null;
    }
}
