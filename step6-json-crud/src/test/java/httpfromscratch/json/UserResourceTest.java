package httpfromscratch.json;

import static httpfromscratch.json.Requests.get;
import static httpfromscratch.json.Requests.json;
import static httpfromscratch.json.TestApp.body;
import static httpfromscratch.json.TestApp.tree;
import static org.assertj.core.api.Assertions.assertThat;

import httpfromscratch.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /users}: JSON bound to a record, validated, and written back. */
class UserResourceTest {

    private final TestApp app = new TestApp();

    private HttpResponse post(String body) {
        return app.handle(json("POST", "/users", body));
    }

    @Test
    void createsAValidUser() {
        HttpResponse response = post("{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().first("Location")).contains("/users/1");
        assertThat(response.bodyText()).isEqualTo("{\"id\":1,\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}\n");
    }

    @Test
    void listsEveryInvalidFieldAtOnce() {
        HttpResponse response = post("{\"name\":\"  \",\"email\":\"ada.example.com\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(body(response)).isEqualTo(tree("""
                {'error': 'Unprocessable Content', 'message': 'invalid fields: name, email', 'path': '/users',
                 'fields': {'name': 'is required and must not be blank',
                            'email': 'must be an email address like ada@example.com'}}"""));
    }

    @Test
    void missingFieldsAreInvalidToo() {
        HttpResponse response = post("{}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(body(response).get("fields")).isEqualTo(
                tree("{'name': 'is required and must not be blank', 'email': 'is required'}"));
    }

    @Test
    void anInvalidUserIsNotStored() {
        post("{\"name\":\"\",\"email\":\"ada@example.com\"}");

        assertThat(app.handle(get("/users")).bodyText()).isEqualTo("[]\n");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        HttpResponse response = post("{\"name\":[\"Ada\"],\"email\":\"ada@example.com\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(body(response).get("fields")).isEqualTo(tree("{'name': 'must be a string'}"));
    }

    @Test
    void getListsUsersAndGetsOneById() {
        post("{\"name\":\"Ada\",\"email\":\"ada@example.com\"}");
        post("{\"name\":\"Grace\",\"email\":\"grace@example.com\"}");

        assertThat(body(app.handle(get("/users")))).isEqualTo(tree(
                "[{'id':1,'name':'Ada','email':'ada@example.com'},{'id':2,'name':'Grace','email':'grace@example.com'}]"));
        assertThat(body(app.handle(get("/users/2")))).isEqualTo(tree("{'id':2,'name':'Grace','email':'grace@example.com'}"));
        assertThat(body(app.handle(get("/users/3")))).isEqualTo(
                tree("{'error':'Not Found','message':'no user with id 3','path':'/users/3'}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ada.lovelace+maths@mail.example.org", "a@b.co"})
    void acceptsEmailAddresses(String email) {
        assertThat(User.isEmailAddress(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada.example.com", "ada@example", "@example.com", "ada@", "ada @example.com",
            "ada@@example.com", "ada@.example.com", "ada@example.", "ada@example..com", ""})
    void refusesWhatIsNotAnEmailAddress(String email) {
        assertThat(User.isEmailAddress(email)).isFalse();
    }
}
