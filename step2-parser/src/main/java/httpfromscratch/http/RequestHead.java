package httpfromscratch.http;

/**
 * A request before its body: what the parser knows once the empty line has arrived, and all it
 * needs to decide whether to read the body at all.
 *
 * @param requestLine      method, target and version
 * @param target           the target's decoded path and query
 * @param headers          the header fields
 * @param chunked          the body comes in chunks ({@code Transfer-Encoding: chunked})
 * @param contentLength    the body's length when it is not chunked: Content-Length, or 0 without it
 * @param continueExpected the client waits for {@code 100 Continue} before it sends the body
 */
record RequestHead(RequestLine requestLine, RequestTarget target, Headers headers, boolean chunked,
        long contentLength, boolean continueExpected) {
}
