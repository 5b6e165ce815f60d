package dev.rhoaikrm.core.fn;

/**
 * Where a function's checks of one intent report, each result with the field path it is about:
 * the {@link Expansion} while the intent expands, or {@link #SILENT} when a function derives the
 * same thing again and must not say it twice (in {@link KrmFunction#expandTogether}, which runs
 * only after every intent expanded without error).
 */
public interface Problems {
    void error(String fieldPath, String message);

    void warning(String fieldPath, String message);

    void info(String fieldPath, String message);

    /** Says nothing. */
    Problems SILENT = new Problems() {
        @Override
        public void error(String fieldPath, String message) {
        }

        @Override
        public void warning(String fieldPath, String message) {
        }

        @Override
        public void info(String fieldPath, String message) {
        }
    };
}
