package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Kubernetes quantity (8, 500m, 96Gi); bare numbers are accepted, as Kubernetes does. */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface Quantity {
}
