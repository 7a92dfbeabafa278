package httpfromscratch.json;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Where a resource keeps its items, each under an id the store hands out.
 *
 * <p>An id is given once and never reused, not even after its item is deleted, so a link to
 * {@code /data/3} names the same item for as long as that item exists, and nothing after it.
 *
 * <p>Step 6 keeps items in memory ({@link MemoryStore}); step 7, where many connections run at
 * once, plugs in a thread-safe implementation of this same interface. Each method is one whole
 * operation, so that an implementation can make each one atomic.
 */
public interface Store<T> {

    /**
     * Stores a new item under the next free id and returns it. The item usually contains its own
     * id, so the store calls {@code withId} with the id it picked, and stores what that returns.
     */
    T create(LongFunction<T> withId);

    Optional<T> find(long id);

    /** Every item, in id order: the order they were created. */
    List<T> all();

    /** Puts {@code item} where the item with this id was; false, and nothing stored, if there is none. */
    boolean replace(long id, T item);

    /** Removes the item with this id; false if there was none. */
    boolean delete(long id);
}
