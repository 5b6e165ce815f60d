package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of an absent field, as YAML would write it (true, 1, 0.9, text); for a list, its items.
 * Also the JSON Schema default.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT})
public @interface Default {
    String[] value();
}
