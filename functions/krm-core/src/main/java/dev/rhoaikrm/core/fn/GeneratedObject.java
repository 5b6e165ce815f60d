package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.yaml.ObjectSummary;
import java.util.Map;

/** A generated object, its identity, and the intent it came from. */
public record GeneratedObject(Map<String, Object> object, ObjectSummary summary, Intent intent, KrmFunction function) {
}
