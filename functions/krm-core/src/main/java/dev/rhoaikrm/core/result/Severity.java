package dev.rhoaikrm.core.result;

/** Result severities of the KRM functions specification. */
public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String wire;

    Severity(String wire) {
        this.wire = wire;
    }

    /** The value written in a ResourceList's results. */
    public String wire() {
        return wire;
    }
}
