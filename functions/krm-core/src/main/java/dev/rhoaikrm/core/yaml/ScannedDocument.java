package dev.rhoaikrm.core.yaml;

import java.util.ArrayList;
import java.util.List;

/** Positions recorded for one document of the input; {@link ScannedInput} turns them into objects. */
final class ScannedDocument {
    record TopKey(String key, int offset) {
    }

    int start;
    int end;
    boolean empty;
    boolean notAnObject;
    boolean rootFlow;
    ObjectSummary summary;
    final List<TopKey> topKeys = new ArrayList<>();

    // the root's "items" sequence, when it has one
    int itemsStart = -1;
    boolean itemsFlow;
    final List<ObjectSummary> items = new ArrayList<>();
    final List<Integer> itemEnds = new ArrayList<>();

    boolean isResourceList() {
        return summary != null && "ResourceList".equals(summary.kind())
                && summary.apiVersion() != null && summary.apiVersion().startsWith("config.kubernetes.io/");
    }
}
