package dev.rhoaikrm.core.yaml;

/**
 * Bounds that keep a hostile or broken input from hanging or exhausting the process. They are far
 * above anything a real GitOps repository holds, and each one fails with a clear message.
 *
 * @param maxBytes         largest input accepted (the issue asks for at least 256 MB)
 * @param maxDepth         deepest nesting of mappings and sequences
 * @param maxAliasExpansion how many nodes an intent may expand to through aliases (alias bombs)
 */
public record InputLimits(long maxBytes, int maxDepth, int maxAliasExpansion) {

    public static final InputLimits DEFAULT = new InputLimits(
            Long.getLong("rhoai.krm.maxInputBytes", 1L << 30), 100, 100_000);
}
