package dev.rhoaikrm.intent.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * For every record annotated {@code @IntentKind}, writes {@code <Record>Schema} beside it: the
 * intent's runtime schema built with the core's schema DSL (binding, defaults, {@code --schema})
 * and a {@code bind(Intent)} that constructs the records from the bound intent, field by field,
 * without reflection. Runs in javac only; nothing of it ships. A declaration the generator cannot
 * express (a scalar without default that is neither required nor Optional, a constraint on the
 * wrong type) is a compile error on that component.
 */
@SupportedAnnotationTypes(IntentProcessor.INTENT_KIND)
public final class IntentProcessor extends AbstractProcessor {
    static final String ANNOTATIONS = "dev.rhoaikrm.core.intent.annotation.";
    static final String INTENT_KIND = ANNOTATIONS + "IntentKind";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement intentKind = processingEnv.getElementUtils().getTypeElement(INTENT_KIND);
        if (intentKind == null) {
            return false;
        }
        for (Element element : round.getElementsAnnotatedWith(intentKind)) {
            if (element.getKind() != ElementKind.RECORD) {
                error("@IntentKind belongs on a record", element);
                continue;
            }
            TypeElement root = (TypeElement) element;
            try {
                SchemaSource source = new SchemaSource(processingEnv.getElementUtils(), root);
                JavaFileObject file = processingEnv.getFiler().createSourceFile(source.qualifiedName(), root);
                try (Writer out = file.openWriter()) {
                    out.write(source.text());
                }
            } catch (Invalid e) {
                error(e.getMessage(), e.element());
            } catch (IOException e) {
                error("cannot write the schema of " + root + ": " + e.getMessage(), root);
            }
        }
        return true;
    }

    private void error(String message, Element element) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    /** A declaration the generator cannot express, reported on the element. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Element element;

        Invalid(String message, Element element) {
            super(message);
            this.element = element;
        }

        Element element() {
            return element;
        }
    }
}
