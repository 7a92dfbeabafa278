package httpfromscratch.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MethodBodyTest {

    /** The body of the method below the marker on line 1, braces included. */
    private static String bodyBelowFirstLine(String source) {
        JavaText text = new JavaText(source);
        MethodBody body = MethodBody.below(text, 1);
        return source.substring(body.open(), body.close() + 1);
    }

    @Test
    void findsASimpleBody() {
        String source = """
                // Exercise 1.1
                int twice(int x) {
                    return 2 * x;
                }
                int other() { return 0; }
                """;

        assertThat(bodyBelowFirstLine(source)).isEqualTo("{\n    return 2 * x;\n}");
        assertThat(MethodBody.below(new JavaText(source), 1).name()).isEqualTo("twice");
    }

    @Test
    void skipsBracesInStringsAndCharacterLiterals() {
        String source = """
                // Exercise 1.1
                String braces(char c) {
                    if (c == '{' || c == '}' || c == '\\'') {
                        return "}{\\"}";
                    }
                    return "{";
                }
                void after() { }
                """;

        assertThat(bodyBelowFirstLine(source)).endsWith("return \"{\";\n}");
    }

    @Test
    void skipsBracesInTextBlocksEvenWithEscapedQuotes() {
        String source = "// Exercise 1.1\n"
                + "String json() {\n"
                + "    return \"\"\"\n"
                + "        {\"a\": \"}\", \"b\": \\\"\"\"}\n"
                + "        \"\"\";\n"
                + "}\n"
                + "void after() { }\n";

        assertThat(bodyBelowFirstLine(source)).startsWith("{\n    return \"\"\"").endsWith("\"\"\";\n}");
    }

    @Test
    void skipsBracesInComments() {
        String source = """
                // Exercise 1.1
                void commented() {
                    // a } in a line comment
                    /* and { in a block comment } } */
                    run();
                }
                void after() { }
                """;

        assertThat(bodyBelowFirstLine(source)).endsWith("run();\n}");
    }

    @Test
    void readsPastJavadocAndAnnotationsWithBracesAndParentheses() {
        String source = """
                // Exercise 1.1
                /**
                 * Uses {@code x} (a number); returns {@link Math#abs(int)} of it.
                 */
                @SuppressWarnings({"unchecked", "rawtypes"})
                @Override
                public <T> int absolute(int x) throws IllegalStateException {
                    return Math.abs(x);
                }
                """;

        assertThat(bodyBelowFirstLine(source)).isEqualTo("{\n    return Math.abs(x);\n}");
        assertThat(MethodBody.below(new JavaText(source), 1).name()).isEqualTo("absolute");
    }

    @Test
    void findsNestedBracesOfLambdasAndAnonymousClasses() {
        String source = """
                // Exercise 1.1
                Runnable nested() {
                    return () -> {
                        new Object() { };
                    };
                }
                """;

        assertThat(bodyBelowFirstLine(source)).endsWith("};\n}");
    }

    @Test
    void refusesAMarkerAboveAType() {
        assertThatThrownBy(() -> MethodBody.below(new JavaText("// Exercise 1.1\nrecord Point(int x) {\n}\n"), 1))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("not a type");
    }

    @Test
    void refusesAMethodWithoutABody() {
        assertThatThrownBy(() -> MethodBody.below(new JavaText("// Exercise 1.1\nabstract void run();\nvoid x() {}\n"), 1))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("ends with ';'");
    }

    @Test
    void reportsAnUnclosedStringInsteadOfGuessing() {
        assertThatThrownBy(() -> MethodBody.below(new JavaText("// Exercise 1.1\nvoid x() {\n  s = \"open;\n}\n"), 1))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("string is never closed");
    }
}
