/**
 * How an intent is declared once, as annotated Java records: the intent-processor module reads
 * these annotations at compile time (they are not kept in the class files) and generates, per
 * {@link dev.rhoaikrm.core.intent.annotation.IntentKind} record, a {@code <Record>Schema} class with
 * the runtime schema ({@link dev.rhoaikrm.core.intent.IntentSchema}: binding, defaults, JSON Schema)
 * and a {@code bind(Intent)} that builds the records without reflection. A field's type says what
 * it is: {@code String}, {@code long}/{@code int}, {@code double}, {@code boolean}, another record
 * (a nested object), {@code List<T>}, {@code Map<String, String>}; {@code Optional<T>} for a field
 * without default that may be absent. A trailing {@link dev.rhoaikrm.core.intent.Origin} component
 * receives the object's field paths and which fields the user wrote. docs/ARCHITECTURE.md,
 * "adding a field", walks through it.
 */
package dev.rhoaikrm.core.intent.annotation;
