package dev.rhoaikrm.core.intent;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while binding one intent, each with its field path. */
public final class Binding {

    /** A problem in an intent: the field path (spec.gpu.count) and what is wrong. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private int nodes;

    void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    /** Counts visited nodes so that aliases cannot blow a small intent up into a huge one. */
    boolean visit(String path) {
        if (++nodes > dev.rhoaikrm.core.yaml.InputLimits.DEFAULT.maxAliasExpansion()) {
            if (nodes == dev.rhoaikrm.core.yaml.InputLimits.DEFAULT.maxAliasExpansion() + 1) {
                problem(path, "the intent expands to too many nodes (an alias bomb?)");
            }
            return false;
        }
        return true;
    }

    public List<Problem> problems() {
        return problems;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
