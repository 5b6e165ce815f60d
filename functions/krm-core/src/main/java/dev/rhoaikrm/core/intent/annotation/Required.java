package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field must be present (a scalar, a record or a list; an absent record otherwise reads as its
 * defaults, an absent list as empty).
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT})
public @interface Required {
}
