package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field must be present: a scalar, a record (an absent record otherwise reads as its defaults)
 * or a list (otherwise absent reads as empty; add {@link NonEmpty} to a list that needs items). Not a
 * map: an empty map says as much as an absent one.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT})
public @interface Required {
}
