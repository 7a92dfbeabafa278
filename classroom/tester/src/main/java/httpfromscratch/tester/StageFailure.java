package httpfromscratch.tester;

/**
 * Why a stage failed, in the words a beginner can act on: what was wrong, what we expected, a hint,
 * and the exchange that shows it, with the first wrong byte.
 *
 * @param problem  what went wrong, in one sentence
 * @param expected what a server that follows the chapter sends
 * @param hint     where the mistake usually is
 * @param exchange what was sent and received; null when nothing was exchanged
 * @param wrongAt  the index of the first wrong byte in the received bytes; -1 when no byte is to blame
 */
final class StageFailure extends RuntimeException {

    final String problem;
    final String expected;
    final String hint;
    final transient Exchange exchange;
    final int wrongAt;

    StageFailure(String problem, String expected, String hint, Exchange exchange, int wrongAt) {
        super(problem);
        this.problem = problem;
        this.expected = expected;
        this.hint = hint;
        this.exchange = exchange;
        this.wrongAt = wrongAt;
    }
}
