package httpfromscratch.tester;

/** How outcomes read in a terminal. */
final class Report {

    private static final int NAME_WIDTH = 38;

    private Report() {
    }

    /** {@code   3.2 404 for an unknown path ........ passed} */
    static String line(Outcome outcome) {
        String name = "  " + outcome.stage().id() + " " + outcome.stage().name() + " ";
        String result = switch (outcome.result()) {
            case PASSED -> "passed";
            case FAILED -> "FAILED";
            case NOT_RUN -> "not run";
        };
        return name + ".".repeat(Math.max(2, NAME_WIDTH - name.length())) + " " + result;
    }

    /** Everything a beginner needs to act on a failure, in the order they need it. */
    static String failure(Stage stage, StageFailure failure) {
        StringBuilder text = new StringBuilder();
        text.append("Stage ").append(stage.id()).append(", ").append(stage.name()).append(": ").append(stage.checks()).append('\n');
        text.append("Wrong:    ").append(failure.problem).append('\n');
        if (failure.exchange != null) {
            text.append("Sent:\n").append(Bytes.show(failure.exchange.sent())).append('\n');
            text.append("Received:\n").append(Bytes.show(failure.exchange.received(), failure.wrongAt,
                    failure.wrongAt >= failure.exchange.received().length ? "here, something is missing" : "first wrong byte"))
                    .append('\n');
        }
        text.append("Expected: ").append(failure.expected).append('\n');
        text.append("Hint:     ").append(failure.hint).append('\n');
        text.append("Read:     ").append(stage.read());
        return text.toString();
    }
}
