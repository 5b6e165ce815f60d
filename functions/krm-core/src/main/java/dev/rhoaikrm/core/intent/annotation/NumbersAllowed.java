package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string field that also takes a bare YAML number as its text ({@code 30} for {@code "30"}), for
 * values people write either way (a duration in seconds, a count or a percentage).
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface NumbersAllowed {
}
