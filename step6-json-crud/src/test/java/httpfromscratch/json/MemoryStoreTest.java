package httpfromscratch.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-memory store: ids handed out once, never reused, items listed in id order. */
class MemoryStoreTest {

    /** An item that knows its id, the way a stored JSON object or a {@link User} does. */
    record Note(long id, String text) {
    }

    private final MemoryStore<Note> store = new MemoryStore<>();

    private Note create(String text) {
        return store.create(id -> new Note(id, text));
    }

    @Test
    void handsOutIdsFromOneUpwards() {
        assertThat(create("a")).isEqualTo(new Note(1, "a"));
        assertThat(create("b")).isEqualTo(new Note(2, "b"));
        assertThat(store.find(2)).contains(new Note(2, "b"));
    }

    @Test
    void neverReusesTheIdOfADeletedItem() {
        create("a");
        create("b");
        assertThat(store.delete(2)).isTrue();

        assertThat(create("c").id()).isEqualTo(3);
        assertThat(store.find(2)).isEmpty();
    }

    @Test
    void listsItemsInIdOrder() {
        create("a");
        create("b");
        create("c");
        store.delete(2);
        store.replace(1, new Note(1, "A"));

        assertThat(store.all()).containsExactly(new Note(1, "A"), new Note(3, "c"));
    }

    @Test
    void replaceAndDeleteSayWhenThereIsNoSuchItem() {
        create("a");

        assertThat(store.replace(9, new Note(9, "x"))).isFalse();
        assertThat(store.delete(9)).isFalse();
        assertThat(store.all()).containsExactly(new Note(1, "a"));
    }

    @Test
    void listIsASnapshotThatLaterChangesDoNotTouch() {
        create("a");
        var before = store.all();
        create("b");

        assertThat(before).containsExactly(new Note(1, "a"));
    }
}
