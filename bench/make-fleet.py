#!/usr/bin/env python3
"""Writes a fleet repository of CLUSTERS clusters and MODELS models into OUT (for bench/run; never
committed): kustomize-examples/rhoai-fleet's layout at scale.

  OUT/fleet/<cluster>.yaml                      cluster descriptions (name, server, labels)
  OUT/hub/fleet.yaml                            AppSetDiscovery: gpu-workers per cluster, models on every cluster
  OUT/clusters/<cluster>/gpu-workers/           GpuWorkerSet from the cluster's saved worker MachineSet
  OUT/models/<model>/model.yaml                 ModelServing with a perCluster section per cluster

Usage: bench/make-fleet.py CLUSTERS MODELS OUT
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MACHINESET = os.path.join(ROOT, "kustomize-examples", "rhoai-fleet", "clusters", "aws-dev", "gpu-workers", "worker-us-east-2a.yaml")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    clusters, models, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    names = [f"gpu-{i:03d}" for i in range(clusters)]
    with open(MACHINESET) as f:
        machineset = f.read()
    write(os.path.join(out, ".git", "HEAD"), "ref: refs/heads/main\n")
    for i, c in enumerate(names):
        write(os.path.join(out, "fleet", c + ".yaml"),
              f"name: {c}\nserver: https://api.{c}.example.com:6443\nlabels: {{rhoai-krm.dev/fleet: bench, environment: {'prod' if i % 2 else 'dev'}}}\n")
        infra = f"ocp-{c}"
        d = os.path.join(out, "clusters", c, "gpu-workers")
        write(os.path.join(d, "worker.yaml"), machineset.replace("ocp-2qkbk", infra))
        write(os.path.join(d, "gpu-workers.yaml"), f"""apiVersion: rhoai-krm.dev/v1alpha1
kind: GpuWorkerSet
metadata:
  name: gpu-workers-{c}
  annotations: {{config.kubernetes.io/local-config: "true"}}
spec:
  cluster: {{platform: aws, fromMachineSet: {{file: worker.yaml}}}}
  pools:
    - {{name: l40s, instanceType: g6e.12xlarge, replicas: {{min: 0, max: {1 + i % 4}}}, labels: {{gpu-type: l40s}}}}
  kueue: {{clusterQueue: training-cluster-queue}}
""")
        write(os.path.join(d, "kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\ngenerators: [gpu-workers.yaml]\n")
    for m in range(models):
        sections = "".join(f"  {c}: {{replicas: {{min: {1 + i % 3}, max: {4 + i % 3}}}}}\n" for i, c in enumerate(names))
        write(os.path.join(out, "models", f"model-{m:02d}", "model.yaml"), f"""apiVersion: rhoai-krm.dev/v1alpha1
kind: ModelServing
metadata:
  name: model-{m:02d}
spec:
  model: {{uri: hf://example/model-{m:02d}, parameters: 7B}}
  storage: {{size: 30Gi}}
  gpu: {{count: 1, product: NVIDIA-L40S}}
  resources:
    requests: {{cpu: "1", memory: 8Gi}}
    limits: {{cpu: "4", memory: 24Gi}}
perCluster:
{sections}""")
    write(os.path.join(out, "hub", "fleet.yaml"), """apiVersion: rhoai-krm.dev/v1alpha1
kind: AppSetDiscovery
metadata: {name: fleet}
spec:
  repoURL: https://github.com/example/fleet.git
  revision: main
  clusters: {selector: {matchLabels: {rhoai-krm.dev/fleet: bench}}}
  projects: [{name: fleet}]
  appSets:
    - {name: gpu-workers, project: fleet, directories: ['clusters/{{cluster}}/gpu-workers'], appName: '{{cluster}}-gpu-workers',
       preset: instances, plugin: {name: rhoai-krm-v1}}
    - {name: models, project: fleet, directories: ['models/*'], appName: '{{cluster}}-{{basename}}', preset: models,
       plugin: {name: rhoai-krm-v1}}
  bootstrap: {name: fleet-bootstrap, path: hub}
""")


if __name__ == "__main__":
    main()
