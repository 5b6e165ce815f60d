package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record that declares an intent: the intent-processor generates {@code <Record>Schema}
 * beside it (docs/ARCHITECTURE.md, "adding a field").
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE})
public @interface IntentKind {
    /** The intent's kind, e.g. ModelServing. */
    String kind();

    /** Its API version. */
    String apiVersion() default "rhoai-krm.dev/v1alpha1";

    /** What the intent is, the spec's description in the JSON Schema. */
    String description();
}
