package httpfromscratch.tester;

import httpfromscratch.http.ClientResponse;

/**
 * One request and what came back for it: the bytes we sent, the bytes we read while reading the
 * response (exactly as they arrived), and the response step 2's client made of them (null when it could not make one).
 */
record Exchange(byte[] sent, byte[] received, ClientResponse reply) {

    /** Where the body starts in {@link #received()}: just after the empty line; its length if there is none. */
    int bodyStart() {
        int crlf = Bytes.indexOfIgnoringCase(received, Bytes.ascii("\r\n\r\n"), 0);
        return crlf < 0 ? received.length : crlf + 4;
    }

    /** Where the header section ends: the empty line, where a missing field would have been. */
    int headEnd() {
        int crlf = Bytes.indexOfIgnoringCase(received, Bytes.ascii("\r\n\r\n"), 0);
        return crlf < 0 ? received.length : crlf + 2;
    }

    /** Where the value of field {@code name} starts in the received bytes; -1 if it is not there. */
    int valueStart(String name) {
        int at = Bytes.indexOfIgnoringCase(received, Bytes.ascii("\n" + name + ":"), 0);
        if (at < 0 || at > headEnd()) {
            return -1;
        }
        int value = at + name.length() + 2;
        while (value < received.length && (received[value] == ' ' || received[value] == '\t')) {
            value++;
        }
        return value;
    }
}
