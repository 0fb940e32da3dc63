//go:build ignore

// Generates src/compile/check/goroot_tparams.txt: where gc 1.27.3's standard library
// declares the type parameters of its exported generic functions and types, for the
// packages memrun's library provides. gc names that place in a message such as
// `in call to slices.Collect, cannot infer E (declared at $GOROOT/src/slices/iter.go:59:14)`;
// memrun's library is its own source, so its positions are not gc's.
//
//	go run scripts/gen-goroot-tparams.go > src/compile/check/goroot_tparams.txt
//
// Each line: `pkg/path.Name TypeParam file:line:col`, the file relative to $GOROOT/src.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// The packages of memrun's library that declare generic functions or types.
var pkgs = []string{"cmp", "errors", "iter", "maps", "slices", "sync", "sync/atomic"}

func main() {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "go env GOROOT:", err)
		os.Exit(1)
	}
	src := filepath.Join(strings.TrimSpace(string(out)), "src")
	var lines []string
	for _, pkg := range pkgs {
		fset := token.NewFileSet()
		dir := filepath.Join(src, pkg)
		parsed, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool {
			return !strings.HasSuffix(fi.Name(), "_test.go")
		}, 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		name := pkg[strings.LastIndex(pkg, "/")+1:]
		p, ok := parsed[name]
		if !ok {
			fmt.Fprintln(os.Stderr, "no package", name, "in", dir)
			os.Exit(1)
		}
		add := func(decl string, tps *ast.FieldList) {
			if tps == nil || !ast.IsExported(decl) {
				return
			}
			for _, f := range tps.List {
				for _, n := range f.Names {
					at := fset.Position(n.Pos())
					rel, _ := filepath.Rel(src, at.Filename)
					lines = append(lines, fmt.Sprintf("%s.%s %s %s:%d:%d",
						pkg, decl, n.Name, filepath.ToSlash(rel), at.Line, at.Column))
				}
			}
		}
		for _, f := range p.Files {
			// Files for some systems or architectures only are left out.
			if !buildsHere(f) {
				continue
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil {
						add(d.Name.Name, d.Type.TypeParams)
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						if ts, ok := s.(*ast.TypeSpec); ok {
							add(ts.Name.Name, ts.TypeParams)
						}
					}
				}
			}
		}
	}
	sort.Strings(lines)
	fmt.Println("# gc 1.27.3's positions of library type parameters: go run scripts/gen-goroot-tparams.go")
	for _, l := range lines {
		fmt.Println(l)
	}
}

// buildsHere reports whether a file has no //go:build line. (In the packages listed only
// files of sync and sync/atomic have one, and none of them declares anything generic.)
func buildsHere(f *ast.File) bool {
	for _, c := range f.Comments {
		for _, l := range c.List {
			if strings.HasPrefix(l.Text, "//go:build") {
				return false
			}
		}
	}
	return true
}
