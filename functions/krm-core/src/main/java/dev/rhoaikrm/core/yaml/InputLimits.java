package dev.rhoaikrm.core.yaml;

/**
 * Bounds that keep a hostile or broken input from hanging or exhausting the process. They are far
 * above anything a real GitOps repository holds, and each one fails with a clear message.
 *
 * @param maxBytes          largest input accepted, all files of a render together (the issue asks for at least 256 MB)
 * @param maxDepth          deepest nesting of mappings and sequences
 * @param maxAliasExpansion how many nodes an intent may expand to through aliases (alias bombs)
 * @param maxTokenChars     longest scalar or comment: 4 Mi characters, well above what a Kubernetes
 *                          object can hold (etcd stores at most 1.5 MiB per object by default)
 */
public record InputLimits(long maxBytes, int maxDepth, int maxAliasExpansion, int maxTokenChars) {

    public static final InputLimits DEFAULT = new InputLimits(
            Long.getLong("rhoai.krm.maxInputBytes", 1L << 30), 100, 100_000, Integer.getInteger("rhoai.krm.maxTokenChars", 4 << 20));
}
