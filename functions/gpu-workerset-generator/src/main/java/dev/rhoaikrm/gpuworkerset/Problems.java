package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.fn.Expansion;
import java.util.ArrayList;
import java.util.List;

/**
 * Where resolving an intent reports what is wrong with it. An intent is resolved once, in phase 1
 * (to publish its pools), into a {@link Recorded} list; its expansion in phase 2 reports that list.
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

    /** Problems kept in order, to be reported later. */
    final class Recorded implements Problems {
        private record Problem(boolean error, String path, String message) {
        }

        private final List<Problem> problems = new ArrayList<>();

        @Override
        public void error(String fieldPath, String message) {
            problems.add(new Problem(true, fieldPath, message));
        }

        @Override
        public void warning(String fieldPath, String message) {
            problems.add(new Problem(false, fieldPath, message));
        }

        boolean hasErrors() {
            for (Problem p : problems) {
                if (p.error()) {
                    return true;
                }
            }
            return false;
        }

        void reportTo(Problems to) {
            for (Problem p : problems) {
                if (p.error()) {
                    to.error(p.path(), p.message());
                } else {
                    to.warning(p.path(), p.message());
                }
            }
        }
    }
}
