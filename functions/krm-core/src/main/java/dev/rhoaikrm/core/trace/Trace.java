package dev.rhoaikrm.core.trace;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up phases, for profiling one whole-process run: {@code RHOAI_KRM_TRACE=1
 * bin/model-serving-generator model.yaml}. Marks are only recorded while the process runs; at exit
 * they are printed on stderr (so that printing cannot slow what it measures), each with the time
 * since {@code main} and the phase's own time, then how long the JVM took to reach {@code main}
 * (from its uptime). With tracing on, a function exits through System.exit so that this hook runs. Off, a mark costs one field read, so the marks stay in the
 * code (docs/PERFORMANCE.md uses them).
 */
public final class Trace {
    private static final boolean ON = !System.getenv().getOrDefault("RHOAI_KRM_TRACE", "").isEmpty();
    private static final List<String> PHASES = new ArrayList<>();
    private static final List<Long> NANOS = new ArrayList<>();

    private Trace() {
    }

    /** Whether marks are recorded (RHOAI_KRM_TRACE is set). */
    public static boolean on() {
        return ON;
    }

    /** Records the end of a phase (the first mark is the start of {@code main}). */
    public static void mark(String phase) {
        if (!ON) {
            return;
        }
        if (PHASES.isEmpty()) { // before the clock is read: registering costs a few ms the run would not spend
            Runtime.getRuntime().addShutdownHook(new Thread(Trace::print));
        }
        NANOS.add(System.nanoTime());
        PHASES.add(phase);
    }

    /** Records the end of a phase about one object ("bound ModelServing/gpt-oss-120b"); nothing is built when off. */
    public static void mark(String phase, Object about) {
        if (ON) {
            mark(phase + " " + about);
        }
    }

    private static synchronized void print() {
        NANOS.add(System.nanoTime());
        PHASES.add("exit: shutdown hooks start");
        // JMX is loaded before the clocks are read: its loading is not part of the process's work
        java.lang.management.RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        long end = System.nanoTime();
        long uptime = runtime.getUptime();
        long first = NANOS.get(0);
        for (int i = 0; i < PHASES.size(); i++) {
            System.err.printf("rhoai-krm trace: %6.1f ms since main %6.1f ms  %s%n", (NANOS.get(i) - first) / 1e6,
                    (NANOS.get(i) - NANOS.get(Math.max(0, i - 1))) / 1e6, PHASES.get(i));
        }
        System.err.printf("rhoai-krm trace: JVM start to the first mark ~%.0f ms%n", uptime - (end - first) / 1e6);
    }
}
