// The OWL API's OWL 2 DL profile checker on ontology documents given as arguments.
// Run as a single-file source program (java -cp OWLAPI_JARS ProfileCheck.java FILE...)
// by tests/test_ontology.py, with Debian's libowlapi-java. Prints one line per document
// (FILE, path, axiom count, violation count) and one per violation; exit 1 on any.
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class ProfileCheck {
    public static void main(String[] args) throws Exception {
        int violations = 0;
        for (String arg : args) {
            OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
            OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File(arg));
            OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
            System.out.println("FILE\t" + arg + "\t" + ontology.getAxiomCount() + "\t"
                    + report.getViolations().size());
            for (OWLProfileViolation v : report.getViolations()) {
                System.out.println("VIOLATION\t" + v.getClass().getSimpleName() + "\t"
                        + v.toString().replace('\n', ' '));
                violations++;
            }
        }
        System.exit(violations == 0 ? 0 : 1);
    }
}
