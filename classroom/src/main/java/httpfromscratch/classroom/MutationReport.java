package httpfromscratch.classroom;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the {@code mutations.xml} PIT writes to {@code target/pit-reports}: one
 * {@code <mutation detected="true|false">} per mutant, with the class, source file and line it
 * changed and a description of the change.
 */
final class MutationReport {

    private MutationReport() {
    }

    static List<Mutant> parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList mutations = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagName("mutation");
            List<Mutant> mutants = new ArrayList<>();
            for (int i = 0; i < mutations.getLength(); i++) {
                mutants.add(mutant((Element) mutations.item(i)));
            }
            return mutants;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ClassroomException("cannot read the mutation report: " + e.getMessage());
        }
    }

    private static Mutant mutant(Element mutation) {
        String mutatedClass = text(mutation, "mutatedClass");
        // The source file sits in the folder of the class's package: a.b.C$1 in a/b/C.java.
        String folder = mutatedClass.contains(".") ? mutatedClass.substring(0, mutatedClass.lastIndexOf('.')).replace('.', '/') + "/" : "";
        return new Mutant(folder + text(mutation, "sourceFile"), Integer.parseInt(text(mutation, "lineNumber")),
                text(mutation, "description"), Boolean.parseBoolean(mutation.getAttribute("detected")));
    }

    private static String text(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
    }
}
