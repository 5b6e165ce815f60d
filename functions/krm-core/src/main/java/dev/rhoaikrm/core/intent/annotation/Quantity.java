package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Kubernetes quantity of at least 0 (8, 500m, 96Gi; {@code Quantities.NON_NEGATIVE_PATTERN}): what an
 * intent states as a quantity is a resource request, limit or size, which the API server refuses
 * below 0 (issue 15). Bare numbers are accepted, as Kubernetes does.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface Quantity {
}
