package httpfromscratch.concurrency;

import httpfromscratch.http.Status;
import httpfromscratch.json.ApiException;
import httpfromscratch.json.Store;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

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
 *
 * <p>It also has a size limit. Anyone may {@code POST /data} (no token), so without one the store
 * grows until the heap is gone and the server with it. Each item's size is measured when it comes
 * in; one that would take the store past its capacity is refused with {@code 507 Insufficient
 * Storage} (RFC 4918 §11.5): the request is fine, we have no room for it now.
 */
public final class ConcurrentStore<T> implements Store<T> {

    private final ConcurrentNavigableMap<Long, T> items = new ConcurrentSkipListMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicLong bytes = new AtomicLong(); // the sizes of the items stored, added up
    private final long capacityBytes;
    private final ToLongFunction<T> sizeOf;

    /** A store that refuses an item once the items' sizes, as {@code sizeOf} measures them, would pass {@code capacityBytes}. */
    public ConcurrentStore(long capacityBytes, ToLongFunction<T> sizeOf) {
        this.capacityBytes = capacityBytes;
        this.sizeOf = sizeOf;
    }

    /** A store without a size limit, for tests that count items rather than bytes. */
    public ConcurrentStore() {
        this(Long.MAX_VALUE, item -> 0);
    }

    @Override
    public T create(LongFunction<T> withId) {
        long id = nextId.getAndIncrement(); // read and increment in one step: no two callers get the same id
        T item = withId.apply(id);
        makeRoom(sizeOf.applyAsLong(item));
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

    /**
     * {@code replace} only replaces a key that is there, in one step: no check-then-act gap. Room
     * for the new item is made before the old one leaves, so a store that is nearly full may refuse
     * a replacement that would have fit: the simple, safe side.
     */
    @Override
    public boolean replace(long id, T item) {
        long size = sizeOf.applyAsLong(item);
        makeRoom(size);
        T old = items.replace(id, item);
        bytes.addAndGet(-(old == null ? size : sizeOf.applyAsLong(old)));
        return old != null;
    }

    @Override
    public boolean delete(long id) {
        T old = items.remove(id);
        if (old == null) {
            return false;
        }
        bytes.addAndGet(-sizeOf.applyAsLong(old));
        return true;
    }

    /** Counts {@code size} more bytes as stored, or refuses with 507 if they would not fit. */
    private void makeRoom(long size) {
        if (bytes.addAndGet(size) > capacityBytes) {
            bytes.addAndGet(-size); // not stored after all
            throw new ApiException(Status.INSUFFICIENT_STORAGE,
                    "the store is full (" + capacityBytes + " bytes): delete items to make room");
        }
    }
}
