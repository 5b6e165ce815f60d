package dev.rhoaikrm.appsetdiscovery;

/**
 * Where problems about one intent go, each with the field path it is about: the KRM function's
 * results (through Expansion) or the discover command's.
 */
interface Report {
    void error(String fieldPath, String message);

    void warning(String fieldPath, String message);

    void info(String fieldPath, String message);
}
