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
    /** The document's parser events (DocumentStart to DocumentEnd), kept for intents only. */
    List<org.snakeyaml.engine.v2.events.Event> events;
    final List<TopKey> topKeys = new ArrayList<>();

    // the root's "items" sequence, when it has one
    int itemsStart = -1;
    boolean itemsFlow;
    boolean itemsNotAList;
    final List<ObjectSummary> items = new ArrayList<>();
    final List<Integer> itemEnds = new ArrayList<>();

    /** kpt and kustomize send config.kubernetes.io/v1; kustomize before v4 sent v1alpha1, which is the same shape. */
    boolean isResourceList() {
        return summary != null && "ResourceList".equals(summary.kind())
                && ("config.kubernetes.io/v1".equals(summary.apiVersion()) || "config.kubernetes.io/v1alpha1".equals(summary.apiVersion()));
    }

    boolean looksLikeResourceList() {
        return summary != null && "ResourceList".equals(summary.kind());
    }
}
