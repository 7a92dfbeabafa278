package httpfromscratch.classroom;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The method declared right below an exercise marker, located in its file's text: its name, and
 * the offsets of the braces around its body.
 *
 * @param name  the method's name, such as {@code parse}
 * @param open  the offset of the body's {@code {}
 * @param close the offset of the body's {@code }}
 */
record MethodBody(String name, int open, int close) {

    /** An annotation, arguments included: {@code @Override}, {@code @SuppressWarnings("unchecked")}. */
    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\s*\\([^)]*\\))?");
    private static final Pattern TYPE_KEYWORD = Pattern.compile("\\b(class|interface|enum|record)\\b");
    private static final Pattern NAME_BEFORE_PARENTHESIS = Pattern.compile("(\\w+)\\s*$");

    /**
     * Finds the method declared below {@code markerLine} (1-based): its Javadoc, annotations and
     * signature come first, then the body.
     */
    static MethodBody below(JavaText source, int markerLine) {
        int declarationStart = source.startOfLine(markerLine + 1);
        int open = source.bodyOpen(declarationStart);
        int close = source.matchingClose(open);
        return new MethodBody(methodName(source.codeBetween(declarationStart, open)), open, close);
    }

    /** {@code public static RequestLine parse(String line) throws X} → {@code parse} (comments already removed). */
    static String methodName(String declaration) {
        String withoutAnnotations = ANNOTATION.matcher(declaration).replaceAll(" ");
        int parenthesis = withoutAnnotations.indexOf('(');
        if (parenthesis < 0) {
            throw new ClassroomException("the marker must sit directly above a method declaration, found: "
                    + declaration.strip());
        }
        String beforeParameters = withoutAnnotations.substring(0, parenthesis);
        if (TYPE_KEYWORD.matcher(beforeParameters).find()) {
            throw new ClassroomException("the marker must sit above a method, not a type: " + declaration.strip());
        }
        Matcher name = NAME_BEFORE_PARENTHESIS.matcher(beforeParameters);
        if (!name.find()) {
            throw new ClassroomException("no method name before '(' in: " + declaration.strip());
        }
        return name.group(1);
    }

    /** The 1-based lines of the body's braces: everything strictly between them is the solution. */
    int firstLine(JavaText source) {
        return source.lineOf(open);
    }

    int lastLine(JavaText source) {
        return source.lineOf(close);
    }
}
