// A KRM function in Go that changes nothing: it reads a ResourceList on stdin with gopkg.in/yaml.v3
// (the YAML library kyaml, and so kpt and kustomize, build on) and writes it back. The peer for
// one invocation in bench/run: what a Go function costs to start and answer.
//
// Built by bench/run when a Go toolchain is installed, in GOPATH mode against Debian's package:
//   apt-get install golang-go golang-gopkg-yaml.v3-dev
package main

import (
	"fmt"
	"io"
	"os"

	"gopkg.in/yaml.v3"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var list yaml.Node
	if err := yaml.Unmarshal(in, &list); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := yaml.NewEncoder(os.Stdout)
	out.SetIndent(2)
	if err := out.Encode(&list); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out.Close()
}
