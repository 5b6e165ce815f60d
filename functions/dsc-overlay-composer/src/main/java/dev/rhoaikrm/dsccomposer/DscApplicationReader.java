package dev.rhoaikrm.dsccomposer;

import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.importing.HandWritten;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Application that owns a DataScienceCluster read backwards into {@code spec.application}:
 * only what differs from the composer's defaults, and the repository as the file states it.
 */
final class DscApplicationReader {
    private DscApplicationReader() {
    }

    static Map<String, Object> read(Map<String, Object> app, Release release, List<String> notes) {
        Map<String, Object> out = new LinkedHashMap<>();
        HandWritten.putUnlessDefault(out, "name", stringAt(app, "metadata", "name"), "instance-rhoai");
        HandWritten.putUnlessDefault(out, "namespace", stringAt(app, "metadata", "namespace"), "openshift-gitops");
        HandWritten.putUnlessDefault(out, "project", stringAt(app, "spec", "project"), DataScienceClusterComposition.DEFAULT_PROJECT);
        out.put("path", stringAt(app, "spec", "source", "path").replaceAll("^\\./|/$", ""));
        out.put("repoURL", stringAt(app, "spec", "source", "repoURL"));
        out.put("revision", Objects.requireNonNullElse(stringAt(app, "spec", "source", "targetRevision"), "HEAD"));
        notes.add("Application " + stringAt(app, "metadata", "name") + ": repoURL and revision are stated as in the file;"
                + " in a fork leave them out (the ArgoCD CMP supplies them, or useGitRemote: true)");
        HandWritten.putUnlessDefault(out, "destinationServer", stringAt(app, "spec", "destination", "server"), "https://kubernetes.default.svc");
        Map<String, Object> policy = mapAt(app, "spec", "syncPolicy");
        if ("false".equals(stringAt(policy, "automated", "selfHeal"))) {
            out.put("selfHeal", false);
        }
        String wave = stringAt(app, "metadata", "annotations", DscObjects.WAVE);
        if (wave != null && wave.matches("-?[0-9]+")) {
            out.put("syncWave", Long.parseLong(wave));
        }
        Map<String, Object> retry = new LinkedHashMap<>();
        HandWritten.putUnlessDefault(retry, "limit", number(stringAt(policy, "retry", "limit")), 10L);
        HandWritten.putUnlessDefault(retry, "duration", stringAt(policy, "retry", "backoff", "duration"), "60s");
        HandWritten.putUnlessDefault(retry, "maxDuration", stringAt(policy, "retry", "backoff", "maxDuration"), "10m0s");
        HandWritten.putUnlessDefault(retry, "factor", number(stringAt(policy, "retry", "backoff", "factor")), 2L);
        if (!retry.isEmpty()) {
            out.put("retry", retry);
        }
        for (Object ignore : listAt(app, "spec", "ignoreDifferences")) {
            listAt(ignore, "jsonPointers").stream().filter(p -> !"/status".equals(p) && release.writtenBack().stream()
                    .noneMatch(w -> p.equals("/spec/components/" + w.component() + "/" + w.field().replace('.', '/')))).forEach(p -> notes.add("Application ignores "
                    + stringAt(ignore, "kind") + " " + p + ": the composer ignores /status and the write-backs that cannot change,"
                    + " so this field syncs from Git again"));
        }
        return out;
    }

    private static Long number(String text) {
        return text == null || !text.matches("[0-9]+") ? null : Long.parseLong(text);
    }

}
