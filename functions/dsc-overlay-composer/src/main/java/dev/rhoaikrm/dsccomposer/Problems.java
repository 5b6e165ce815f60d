package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Expansion;

/**
 * Where a composition's results go: the expansion when an intent is expanded, nowhere when it is
 * composed again (the operator layer of every intent, made together once each was checked).
 */
interface Problems {
    void error(String path, String message);

    void warning(String path, String message);

    void info(String path, String message);

    static Problems of(Expansion out) {
        return new Problems() {
            @Override
            public void error(String path, String message) {
                out.error(path, message);
            }

            @Override
            public void warning(String path, String message) {
                out.warning(path, message);
            }

            @Override
            public void info(String path, String message) {
                out.info(path, message);
            }
        };
    }

    Problems SILENT = new Problems() {
        @Override
        public void error(String path, String message) {
        }

        @Override
        public void warning(String path, String message) {
        }

        @Override
        public void info(String path, String message) {
        }
    };
}
