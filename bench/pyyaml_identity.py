#!/usr/bin/env python3
"""A KRM identity function in Python with PyYAML's C (libyaml) loader and dumper: the peer a
platform team would write in an afternoon. Reads a ResourceList on stdin, writes it back."""
import sys
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
data = yaml.load(sys.stdin, Loader=Loader)
yaml.dump(data, sys.stdout, Dumper=Dumper, sort_keys=False, default_flow_style=False)
