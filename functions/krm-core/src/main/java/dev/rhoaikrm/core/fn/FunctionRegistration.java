package dev.rhoaikrm.core.fn;

/**
 * One function of the product as a run knows it before building it: its name (the command and the
 * generated-by annotation), the intent kind it owns, and how to build it. The all-in-one module's
 * {@code Functions} holds one registration per function; everything else is derived from that list
 * (docs/ARCHITECTURE.md, "a new function").
 */
public interface FunctionRegistration {

    /** model-serving-generator; equal to the built function's {@link KrmFunction#name()}. */
    String name();

    /** ModelServing; equal to the built function's schema kind. */
    String kind();

    /** A new instance of the function (its schema and tables are built here, so only when needed). */
    KrmFunction create();
}
