package dev.rhoaikrm.core.fn;

/**
 * How a front door hands objects on.
 * KRM: a ResourceList for kpt/kustomize functions; intents stay, generated objects carry kpt's
 * path annotations so kpt writes them to files.
 * MANIFESTS: plain manifests for kubectl kustomize's exec plugins, Helm, the CLI and the ArgoCD
 * CMP; intents are left out (nothing may try to apply them) and kpt's file bookkeeping stripped.
 */
public enum OutputForm { KRM, MANIFESTS }
