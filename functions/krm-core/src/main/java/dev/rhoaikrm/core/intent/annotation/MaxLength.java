package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A string of at most this many characters (after the other constraints, so it can tighten a {@link DnsLabel}'s 63). */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface MaxLength {
    int value();
}
