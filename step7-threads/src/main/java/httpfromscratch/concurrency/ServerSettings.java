package httpfromscratch.concurrency;

import httpfromscratch.http.ErrorResponder;
import httpfromscratch.http.Limits;
import httpfromscratch.routing.JsonErrors;

/**
 * Everything a {@link ConcurrentServer} can be told, with defaults for all of it.
 *
 * @param poolThreads      0 for a virtual thread per connection (the default); N for a pool of N
 *                         platform threads shared by all connections
 * @param connectionLimits how long and how many: idle timeout, request deadline, connection cap
 * @param requestLimits    how big one request may be (step 2's limits)
 * @param errors           how a protocol error becomes a response (step 3's JSON errors by default)
 */
public record ServerSettings(int poolThreads, ConnectionLimits connectionLimits, Limits requestLimits, ErrorResponder errors) {

    public static final int VIRTUAL_THREADS = 0;

    public static final ServerSettings DEFAULTS =
            new ServerSettings(VIRTUAL_THREADS, ConnectionLimits.DEFAULTS, Limits.DEFAULTS, JsonErrors.RESPONDER);

    public ServerSettings {
        if (poolThreads < 0) {
            throw new IllegalArgumentException("poolThreads must be 0 (virtual threads) or more, got " + poolThreads);
        }
    }

    public ServerSettings withPoolThreads(int threads) {
        return new ServerSettings(threads, connectionLimits, requestLimits, errors);
    }

    public ServerSettings withConnectionLimits(ConnectionLimits limits) {
        return new ServerSettings(poolThreads, limits, requestLimits, errors);
    }

    public ServerSettings withRequestLimits(Limits limits) {
        return new ServerSettings(poolThreads, connectionLimits, limits, errors);
    }

    public ServerSettings withErrors(ErrorResponder responder) {
        return new ServerSettings(poolThreads, connectionLimits, requestLimits, responder);
    }
}
