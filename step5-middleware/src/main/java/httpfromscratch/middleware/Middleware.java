package httpfromscratch.middleware;

import httpfromscratch.http.Handler;

/**
 * A function from handler to handler: it takes the handler it guards ({@code next}) and returns
 * a new handler that can look at the request first, answer by itself without calling
 * {@code next}, or change the response on its way out.
 *
 * <p>Layers compose like the skins of an onion. <strong>The order rule, written once: the first
 * layer listed is the outermost.</strong> In {@code chain(a, b, c).wrap(app)} a request meets
 * {@code a}, then {@code b}, then {@code c}, then {@code app}; the response comes back through
 * {@code c}, {@code b} and {@code a}, so {@code a} has the last word.
 */
@FunctionalInterface
public interface Middleware {

    /** The layer that changes nothing: {@code wrap} hands back the handler it was given. */
    Middleware NONE = next -> next;

    Handler wrap(Handler next);

    /** This layer outside {@code inner}: {@code a.then(b).wrap(app)} is {@code a.wrap(b.wrap(app))}. */
    default Middleware then(Middleware inner) {
        return next -> wrap(inner.wrap(next));
    }

    /** The layers in the order a request meets them: first listed, outermost. */
    static Middleware chain(Middleware... layers) {
        Middleware chain = NONE;
        for (Middleware layer : layers) {
            chain = chain.then(layer);
        }
        return chain;
    }
}
