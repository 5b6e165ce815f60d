package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.fn.Expansion;

/**
 * Where resolving an intent reports what is wrong with it. {@link GpuWorkerSetFunction#expand}
 * reports to the expansion; the joint ClusterAutoscaler step re-derives the same pools silently,
 * because it runs only after every intent expanded without error, and the warnings were said once.
 */
interface Problems {
    void error(String fieldPath, String message);

    void warning(String fieldPath, String message);

    static Problems of(Expansion out) {
        return new Problems() {
            @Override
            public void error(String fieldPath, String message) {
                out.error(fieldPath, message);
            }

            @Override
            public void warning(String fieldPath, String message) {
                out.warning(fieldPath, message);
            }
        };
    }

    Problems SILENT = new Problems() {
        @Override
        public void error(String fieldPath, String message) {
        }

        @Override
        public void warning(String fieldPath, String message) {
        }
    };
}
