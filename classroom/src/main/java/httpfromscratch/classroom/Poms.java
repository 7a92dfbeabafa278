package httpfromscratch.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few edits the classroom makes to pom files, done on their text so that comments and layout
 * survive: a different module list, a different artifactId, the name, the libraries a step uses.
 */
final class Poms {

    private static final Pattern MODULES = Pattern.compile("(?s)(\\n?[ \\t]*)<modules>.*?</modules>");
    private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>.*?</dependency>");
    private static final Pattern GROUP_ID = Pattern.compile("<groupId>([^<]*)</groupId>");
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>([^<]*)</artifactId>");
    private static final Pattern EXCLUSIONS = Pattern.compile("(?s)<exclusions>.*?</exclusions>");

    private Poms() {
    }

    /** The pom with its {@code <modules>} replaced by {@code modules}, in that order. */
    static String withModules(String pom, List<String> modules) {
        Matcher block = MODULES.matcher(pom);
        if (!block.find()) {
            throw new ClassroomException("the parent pom has no <modules> section");
        }
        String indent = block.group(1).replace("\n", "");
        StringBuilder replacement = new StringBuilder(block.group(1)).append("<modules>\n");
        for (String module : modules) {
            replacement.append(indent).append("  <module>").append(module).append("</module>\n");
        }
        replacement.append(indent).append("</modules>");
        return pom.substring(0, block.start()) + replacement + pom.substring(block.end());
    }

    /** The module pom with its own artifactId (the first one after {@code </parent>}) replaced. */
    static String withArtifactId(String pom, String artifactId) {
        int parentEnd = pom.indexOf("</parent>");
        int start = pom.indexOf("<artifactId>", Math.max(parentEnd, 0));
        int end = pom.indexOf("</artifactId>", start);
        if (parentEnd < 0 || start < 0 || end < 0) {
            throw new ClassroomException("a step pom must have a <parent> and then its own <artifactId>");
        }
        return pom.substring(0, start) + "<artifactId>" + artifactId + pom.substring(end);
    }

    /** The text of the project's own {@code <tag>} (groupId, artifactId, version): the first one outside {@code <parent>}. */
    static String own(String pom, String tag) {
        int from = Math.max(pom.indexOf("</parent>"), 0);
        Matcher element = Pattern.compile("<" + tag + ">([^<]*)</" + tag + ">").matcher(pom);
        if (!element.find(from)) {
            throw new ClassroomException("the pom has no <" + tag + ">");
        }
        return element.group(1).strip();
    }

    /** The pom with every {@code <version>from</version>} (its own, or its parent's) changed to {@code to}. */
    static String withVersion(String pom, String from, String to) {
        return pom.replace("<version>" + from + "</version>", "<version>" + to + "</version>");
    }

    /** The project's {@code <name>}, the first one after {@code </parent>}. */
    static String name(String pom) {
        int parentEnd = Math.max(pom.indexOf("</parent>"), 0);
        Matcher name = Pattern.compile("<name>([^<]*)</name>").matcher(pom);
        return name.find(parentEnd) ? name.group(1).strip() : "";
    }

    /** The {@code groupId:artifactId} of a {@code <dependency>} element: what names a library, whatever its layout. */
    static String coordinates(String dependency) {
        Matcher groupId = GROUP_ID.matcher(dependency);
        Matcher artifactId = ARTIFACT_ID.matcher(dependency);
        if (!groupId.find() || !artifactId.find()) {
            throw new ClassroomException("a <dependency> without a <groupId> and an <artifactId>: " + dependency.strip());
        }
        return groupId.group(1).strip() + ":" + artifactId.group(1).strip();
    }

    /**
     * The {@code <dependency>} elements of a step that are libraries rather than earlier steps
     * (Jackson in step 6, say), with their text as written: the board needs them to compile a step.
     */
    static List<String> libraries(String pom) {
        List<String> libraries = new ArrayList<>();
        Matcher dependency = DEPENDENCY.matcher(pom);
        while (dependency.find()) {
            String text = EXCLUSIONS.matcher(dependency.group()).replaceAll("");
            if (!text.contains("${project.groupId}") && !text.contains("<scope>test</scope>")) {
                libraries.add(dependency.group());
            }
        }
        return libraries;
    }
}
