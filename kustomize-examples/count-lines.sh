#!/bin/sh
# Counts the hand-written YAML of the reference repository that the platform tree's intents
# replace, against the intent lines (and the kustomizations around them) that replace it, for the
# one cluster the reference has (dev). Prints the Markdown table of README.md, "The whole platform
# from intents". A line is a line of a .yaml file that is neither blank nor only a comment;
# expected output (.expected/) and kpt's Kptfiles are not counted.
#
#   kustomize-examples/count-lines.sh [REFERENCE_DIR]     (default: ../shared/reference/rhoai-deploy-gitops)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ref=${1:-$here/../../shared/reference/rhoai-deploy-gitops}
tree=$here/rhoai-platform
[ -d "$ref" ] || { echo "no reference repository at $ref" >&2; exit 2; }

# files: the .yaml files below the given paths (files or folders) of ROOT, one per line
files() {
  root=$1; shift
  for p in "$@"; do
    [ -e "$root/$p" ] || { echo "missing: $root/$p" >&2; exit 2; }
    find "$root/$p" -name '*.yaml' -not -path '*/.expected/*' -type f
  done | sort -u
}

# count ROOT PATH...: "<files> <lines>"
count() {
  list=$(files "$@")
  n=$(printf '%s\n' "$list" | grep -c . || true)
  lines=$(printf '%s\n' "$list" | xargs awk '!/^[[:space:]]*(#.*)?$/' | wc -l | tr -d ' ')
  echo "$n $lines"
}

row() {
  what=$1; r=$2; t=$3
  set -- $r; rf=$1; rl=$2
  set -- $t; tf=$1; tl=$2
  echo "| $what | $rf | $rl | $tf | $tl |"
  total_rf=$((total_rf + rf)); total_rl=$((total_rl + rl)); total_tf=$((total_tf + tf)); total_tl=$((total_tl + tl))
}

total_rf=0; total_rl=0; total_tf=0; total_tl=0
echo "| what | reference: files | reference: YAML lines | here: files | here: YAML lines |"
echo "|---|---:|---:|---:|---:|"
row "GPU workers, autoscaling, Kueue quotas (GpuWorkerSet)" \
  "$(count "$ref" components/instances/gpu-workers components/instances/cluster-autoscaler components/instances/kueue-config)" \
  "$(count "$tree" components/instances/gpu-workers/overlays/dev)"
row "DataScienceCluster overlays and their Application (DataScienceClusterComposition)" \
  "$(count "$ref" components/instances/rhoai-instance clusters/overlays/dev/rhoai-instance-app.yaml)" \
  "$(count "$tree" components/instances/rhoai-instance clusters/overlays/dev/rhoai-instance.yaml)"
row "operators, their instances, the GitOps operator (spec.operators of the compositions above; bootstrap/)" \
  "$(count "$ref" components/operators components/instances/nfd-instance components/instances/gpu-instance components/instances/kueue-instance components/instances/jobset-instance bootstrap)" \
  "$(count "$tree" bootstrap)"
row "ArgoCD projects, ApplicationSets, bootstrap and explicit Applications (AppSetDiscovery)" \
  "$(count "$ref" components/argocd clusters/base clusters/overlays/dev/kustomization.yaml clusters/overlays/dev/bootstrap-app.yaml clusters/overlays/dev/training-workloads-app.yaml)" \
  "$(count "$tree" components/argocd clusters/base clusters/overlays/dev/kustomization.yaml clusters/overlays/dev/argocd)"
row "models (ModelServing)" \
  "$(count "$ref" usecases/models)" \
  "$(count "$tree" usecases/models)"
echo "| **total** | **$total_rf** | **$total_rl** | **$total_tf** | **$total_tl** |"
for c in prod azure; do
  set -- $(count "$tree" clusters/overlays/$c components/instances/gpu-workers/overlays/$c)
  echo "| another cluster: $c (variant) | | | $1 | $2 |"
done
