package httpfromscratch.tester;

import java.util.ArrayList;
import java.util.List;

/** The stages of every step, in the order the chapters teach them. */
final class Stages {

    static final int LAST_STEP = 7;

    private Stages() {
    }

    /** The stages of steps 1 to {@code options.step()}. */
    static List<Stage> upTo(Options options) {
        List<Stage> stages = new ArrayList<>(options.echo() ? List.of(SocketStages.ECHO) : List.of(SocketStages.HELLO));
        List<List<Stage>> later = List.of(ParserStages.ALL, RoutingStages.ALL, StaticStages.ALL, MiddlewareStages.ALL,
                JsonStages.ALL, ConcurrencyStages.ALL);
        for (int step = 2; step <= options.step(); step++) {
            stages.addAll(later.get(step - 2));
        }
        return stages;
    }

    /** Every stage, both of step 1's included: for checks on the stages themselves. */
    static List<Stage> all() {
        List<Stage> stages = new ArrayList<>(upTo(Options.defaults(LAST_STEP, 0)));
        stages.add(1, SocketStages.ECHO);
        return stages;
    }
}
