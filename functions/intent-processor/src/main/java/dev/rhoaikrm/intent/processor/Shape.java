package dev.rhoaikrm.intent.processor;

import dev.rhoaikrm.intent.processor.IntentProcessor.Invalid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What a component's Java type says about its field: the kind of value, whether it may be absent
 * without a default (Optional), and for lists, maps and nested objects what they hold. Annotations
 * written on a type argument ({@code List<@NonEmpty String>}, {@code Map<String, @Pattern(...) String>})
 * constrain the items or values.
 */
record Shape(Kind kind, boolean optional, Shape item, TypeElement record, Map<String, AnnotationMirror> annotations) {

    enum Kind { STRING, LONG, INT, DOUBLE, BOOLEAN, RECORD, LIST, MAP, ORIGIN, BOUND }

    static final String ORIGIN = "dev.rhoaikrm.core.intent.Origin";
    /** A free object, bound but not turned into a record: only with @SchemaFrom. */
    static final String BOUND = "dev.rhoaikrm.core.intent.BoundObject";

    boolean scalar() {
        return kind == Kind.STRING || kind == Kind.LONG || kind == Kind.INT || kind == Kind.DOUBLE || kind == Kind.BOOLEAN;
    }

    static Shape of(TypeMirror type, Element where) {
        Map<String, AnnotationMirror> own = annotations(type.getAnnotationMirrors());
        switch (type.getKind()) {
            case LONG:
                return new Shape(Kind.LONG, false, null, null, own);
            case INT:
                return new Shape(Kind.INT, false, null, null, own);
            case DOUBLE:
                return new Shape(Kind.DOUBLE, false, null, null, own);
            case BOOLEAN:
                return new Shape(Kind.BOOLEAN, false, null, null, own);
            default:
                break;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            throw new Invalid("unsupported field type " + type, where);
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> args = declared.getTypeArguments();
        switch (name) {
            case "java.lang.String":
                return new Shape(Kind.STRING, false, null, null, own);
            case "java.lang.Long":
                return new Shape(Kind.LONG, false, null, null, own);
            case "java.lang.Integer":
                return new Shape(Kind.INT, false, null, null, own);
            case "java.lang.Double":
                return new Shape(Kind.DOUBLE, false, null, null, own);
            case "java.lang.Boolean":
                return new Shape(Kind.BOOLEAN, false, null, null, own);
            case ORIGIN:
                return new Shape(Kind.ORIGIN, false, null, null, own);
            case BOUND:
                return new Shape(Kind.BOUND, false, null, null, own);
            case "java.util.Optional": {
                Shape inner = of(args.get(0), where);
                if (inner.optional || inner.kind == Kind.ORIGIN || inner.kind == Kind.BOUND) {
                    throw new Invalid("Optional<" + args.get(0) + "> is not a field type", where);
                }
                Map<String, AnnotationMirror> merged = new LinkedHashMap<>(own);
                merged.putAll(inner.annotations);
                return new Shape(inner.kind, true, inner.item, inner.record, merged);
            }
            case "java.util.List": {
                Shape item = of(args.get(0), where);
                if (item.optional || !(item.kind == Kind.STRING || item.kind == Kind.RECORD)) {
                    throw new Invalid("a list holds strings or records, not " + args.get(0), where);
                }
                return new Shape(Kind.LIST, false, item, null, own);
            }
            case "java.util.Map": {
                Shape value = of(args.get(1), where);
                if (!args.get(0).toString().endsWith("String") || value.kind != Kind.STRING || value.optional) {
                    throw new Invalid("a map field is Map<String, String>", where);
                }
                // the value's annotations (Map<String, @Pattern(...) String>) constrain every value
                return new Shape(Kind.MAP, false, value, null, own);
            }
            default:
                if (element.getKind() == ElementKind.RECORD) {
                    return new Shape(Kind.RECORD, false, null, element, own);
                }
                throw new Invalid("unsupported field type " + type + " (String, long, int, double, boolean, a record,"
                        + " List, Map<String, String>, Optional of one of them, Origin, BoundObject with @SchemaFrom)", where);
        }
    }

    /** Annotations by simple name, only those of the intent annotation package. */
    static Map<String, AnnotationMirror> annotations(List<? extends AnnotationMirror> mirrors) {
        Map<String, AnnotationMirror> out = new LinkedHashMap<>();
        for (AnnotationMirror m : mirrors) {
            String name = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.startsWith(IntentProcessor.ANNOTATIONS)) {
                out.put(name.substring(IntentProcessor.ANNOTATIONS.length()), m);
            }
        }
        return out;
    }
}
