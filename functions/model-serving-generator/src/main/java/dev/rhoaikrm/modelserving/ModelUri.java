package dev.rhoaikrm.modelserving;

/**
 * A model source, parsed: hf://ORG/NAME[@REVISION], oci://IMAGE, pvc://CLAIM/PATH, s3://BUCKET/PATH.
 * The schema's pattern has already accepted the text, so parsing cannot fail here.
 */
record ModelUri(String scheme, String text, String first, String rest, String revision) {

    static ModelUri parse(String uri) {
        int sep = uri.indexOf("://");
        String scheme = uri.substring(0, sep);
        String body = uri.substring(sep + 3);
        if (scheme.equals("oci")) {
            return new ModelUri(scheme, uri, body, "", null);
        }
        String revision = null;
        if (scheme.equals("hf") && body.contains("@")) {
            revision = body.substring(body.indexOf('@') + 1);
            body = body.substring(0, body.indexOf('@'));
        }
        int slash = body.indexOf('/');
        return new ModelUri(scheme, uri, body.substring(0, slash), body.substring(slash + 1), revision);
    }

    boolean isHuggingFace() {
        return scheme.equals("hf");
    }

    /** hf: ORG/NAME, the repository id snapshot_download takes. */
    String repoId() {
        return first + "/" + rest;
    }

    /** hf: the folder inside the PVC, named like the repository (Qwen2.5-Math-7B-Instruct). */
    String folder() {
        return rest.replace('/', '-');
    }

    String revisionOrMain() {
        return revision == null ? "main" : revision;
    }
}
