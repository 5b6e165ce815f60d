package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.yaml.SourceObject;

/** An intent that bound cleanly: its source (for messages and file placement), name and spec. */
public record Intent(SourceObject source, String name, BoundObject spec) {
}
