package dev.rhoaikrm.dsccomposer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a 2.x DataScienceCluster needs the DSCInitialization written, and with which service
 * mesh: Managed when something in it needs the mesh (KServe Serverless; the model registry up to
 * 2.20), Removed when KServe runs RawDeployment only (serving Removed) and nothing needs it. The
 * operator's own DSCInitialization has the mesh Managed, which without Service Mesh 2 only reports
 * a missing operator and with it sets up a mesh nothing uses. With serving Unmanaged (your own
 * Knative) or KServe off, the DSCInitialization is left as the cluster has it. Releases without a
 * dscInitialization fact (3.x: no Serverless, no mesh in the DSCInitialization's hands) never need it.
 */
final class DscInitializations {
    static final String MANAGED = "Managed";

    private DscInitializations() {
    }

    /** The spec.serviceMesh.managementState to write, or null when no DSCInitialization is written. */
    static String serviceMesh(Release release, Composition c) {
        Release.Dsci dsci = release.facts.dscInitialization();
        if (dsci == null) {
            return null;
        }
        if (!needing(release, c).isEmpty()) {
            return MANAGED;
        }
        return c.enabled("kserve") && Composition.REMOVED.equals(String.valueOf(c.value("kserve.serving.managementState")))
                ? Composition.REMOVED : null;
    }

    /** What in the composition needs the service mesh Managed. */
    static List<Release.MeshNeed> needing(Release release, Composition c) {
        Release.Dsci dsci = release.facts.dscInitialization();
        List<Release.MeshNeed> needing = new ArrayList<>();
        if (dsci != null) {
            for (Release.MeshNeed n : dsci.serviceMeshFor()) {
                if (c.matches(n.when())) {
                    needing.add(n);
                }
            }
        }
        return needing;
    }

    /** The value at a dsci.* path of a check's condition, given the service mesh written (or null). */
    static Object value(String dottedPath, String serviceMesh) {
        return dottedPath.equals("dsci.serviceMesh.managementState") ? serviceMesh : null;
    }

    /** Whether a check's condition holds, with dsci.* paths read from the DSCInitialization written. */
    static boolean matches(Map<String, List<String>> when, Composition c, String serviceMesh) {
        for (Map.Entry<String, List<String>> e : when.entrySet()) {
            Object value = e.getKey().startsWith("dsci.") ? value(e.getKey(), serviceMesh) : c.value(e.getKey());
            if (!e.getValue().contains(String.valueOf(value))) {
                return false;
            }
        }
        return true;
    }
}
