package dev.rhoaikrm.core.importing;

import dev.rhoaikrm.core.fn.KrmFunction;

/**
 * A function and its importer, as registered beside each other (rhoai-krm's {@code Functions}):
 * {@code rhoai-krm import} asks the importer for intents and renders them with the function.
 */
public record FunctionImporter(KrmFunction function, Importable importer) {
}
