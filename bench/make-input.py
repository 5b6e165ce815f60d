#!/usr/bin/env python3
"""Writes a ResourceList of N ordinary objects (Deployments, Services, ConfigMaps with comments,
block scalars and kpt annotations, ~700 bytes each) plus one ModelServing intent, to stdout.
Usage: bench/make-input.py N [--intents K]"""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
intents = int(sys.argv[sys.argv.index("--intents") + 1]) if "--intents" in sys.argv else 1
out = sys.stdout
out.write("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n")
for i in range(n):
    kind = ("Deployment", "Service", "ConfigMap")[i % 3]
    ann = f"config.kubernetes.io/index: '0'\n      config.kubernetes.io/path: 'app{i // 100}/{kind.lower()}-{i}.yaml'\n      internal.config.kubernetes.io/path: 'app{i // 100}/{kind.lower()}-{i}.yaml'"
    if kind == "Deployment":
        out.write(f"""- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web-{i} # the web tier
    namespace: team-{i % 50}
    labels: {{app: web-{i}, tier: "frontend"}}
    annotations:
      {ann}
  spec:
    replicas: {i % 5 + 1}
    selector:
      matchLabels: {{app: web-{i}}}
    template:
      metadata:
        labels: {{app: web-{i}}}
      spec:
        containers:
        - name: web
          image: quay.io/example/web:1.{i % 20}
          ports:
          - containerPort: 8080
""")
    elif kind == "Service":
        out.write(f"""- apiVersion: v1
  kind: Service
  metadata:
    name: web-{i}
    namespace: team-{i % 50}
    annotations:
      {ann}
  spec:
    selector: {{app: web-{i}}}
    ports:
    - {{name: http, port: 80, targetPort: 8080}}
""")
    else:
        out.write(f"""- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: settings-{i}
    namespace: team-{i % 50}
    annotations:
      {ann}
  data:
    run.sh: |
      #!/bin/sh
      exec server --port 8080   # not a comment
    number: "00{i}"
""")
for k in range(intents):
    out.write(f"""- apiVersion: rhoai-krm.dev/v1alpha1
  kind: ModelServing
  metadata:
    name: model-{k}
    annotations:
      config.kubernetes.io/local-config: "true"
      config.kubernetes.io/path: 'models/model-{k}.yaml'
      internal.config.kubernetes.io/path: 'models/model-{k}.yaml'
  spec:
    model: {{uri: "hf://Qwen/Qwen2.5-7B-Instruct"}}
    runtime: {{maxModelLen: 8192}}
    gpu: {{count: 1, product: NVIDIA-L40S}}
""")
