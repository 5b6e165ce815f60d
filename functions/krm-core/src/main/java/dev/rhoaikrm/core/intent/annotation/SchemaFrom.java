package dev.rhoaikrm.core.intent.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose schema comes from shipped data, not from the declaration: the named static method
 * of the record that declares the field, taking nothing and returning its
 * {@link dev.rhoaikrm.core.intent.Schema} (constraints, default and description included). For
 * values a data file lists (the releases a composer knows, its profiles) and for an object shaped
 * like a data table (a DataScienceCluster's {@code spec.components}), which is bound as a
 * {@link dev.rhoaikrm.core.intent.BoundObject}. The field's Java type says how it is read:
 * {@code String}, {@code List<String>}, {@code BoundObject}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT})
public @interface SchemaFrom {
    /** The name of a static, argument-less method of the declaring record that returns the field's Schema. */
    String value();
}
