//go:build ignore

// Generates src/compile/escape/stdtags.txt: for the exported functions of the standard
// packages memrun's library provides, what gc 1.27.3's escape analysis says of their
// parameters and whether gc inlines them — facts memrun's escape analysis needs at calls of
// library functions (whose bodies in memrun are memrun's own, not gc's).
//
//	go run scripts/gen-escape-tags.go > src/compile/escape/stdtags.txt
//
// Each line: `pkg/path.Func inline=COST|-|? p1 p2 …` (the inlining cost of a function gc can
// inline, - for one it cannot, ? for generic functions, which gc compiles
// only where they are instantiated), one word per parameter: `-` (no pointers, or "does not
// escape, mutate, or call"), else `+`-joined leaks: `hD` (to the heap with D dereferences:
// "leaking param" is h0, "leaking param content" h1), `rN:D` (to result N), `mD` (written
// through), `cD` (called); `?` (gc said nothing memrun reads). A method of an exported type
// is named as gc names it (`strings.(*Builder).WriteByte`), its receiver its first
// parameter. Variadic functions are left out. (`-d=escapemutationscalls=1` makes gc tell mutations and calls.)
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var pkgs = []string{
	"bytes", "strings", "strconv", "sort", "slices", "unicode/utf8", "unicode", "os",
	"errors", "math", "path", "path/filepath", "encoding/hex", "encoding/base64", "maps",
	"hash/fnv", "crypto/sha256", "bufio", "io", "time", "cmp",
}

type pos struct {
	file string
	line int
	col  int
}

var (
	msgRe    = regexp.MustCompile(`^(.*\.go):(\d+):(\d+): (.*)$`)
	leakRes  = regexp.MustCompile(`^leaking param: (\w+) to result (\S+) level=(\d+)$`)
	leakHeap = regexp.MustCompile(`^leaking param: (\w+)$`)
	leakCont = regexp.MustCompile(`^leaking param content: (\w+)$`)
	noEsc    = regexp.MustCompile(`^(\w+) does not escape(, mutate, or call)?$`)
	mutates  = regexp.MustCompile(`^mutates param: (\w+) derefs=(\d+)$`)
	calls    = regexp.MustCompile(`^calls param: (\w+) derefs=(\d+)$`)
	canInl   = regexp.MustCompile(`^can inline (\S+) with cost (\d+)`)
)

func main() {
	goroot := strings.TrimSpace(run("go", "env", "GOROOT"))
	var out []string
	for _, pkg := range pkgs {
		msgs := map[pos][]string{}
		// The inlining cost of each function gc can inline.
		inline := map[string]string{}
		dir := filepath.Join(goroot, "src", pkg)
		// The build cache replays a cached compilation's messages too.
		text := run("go", "build", "-gcflags="+pkg+"=-m -d=escapemutationscalls=1", pkg)
		// Inlining costs, which -m=2 prints.
		costs := run("go", "build", "-gcflags="+pkg+"=-m=2", pkg)
		cs := bufio.NewScanner(strings.NewReader(costs))
		for cs.Scan() {
			m := msgRe.FindStringSubmatch(cs.Text())
			if m == nil || !strings.HasSuffix(filepath.Dir(m[1]), filepath.FromSlash("/"+pkg)) {
				continue
			}
			if c := canInl.FindStringSubmatch(m[4]); c != nil {
				inline[c[1]] = c[2]
			}
		}
		sc := bufio.NewScanner(strings.NewReader(text))
		for sc.Scan() {
			m := msgRe.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			// Only the package's own files; the path may be relative to wherever the build
			// cache first compiled it, so it is matched by its last components.
			if !strings.HasSuffix(filepath.Dir(m[1]), filepath.FromSlash("/"+pkg)) {
				continue
			}
			file := filepath.Join(dir, filepath.Base(m[1]))
			var line, col int
			fmt.Sscan(m[2], &line)
			fmt.Sscan(m[3], &col)
			msgs[pos{filepath.Clean(file), line, col}] = append(msgs[pos{filepath.Clean(file), line, col}], m[4])
		}
		fset := token.NewFileSet()
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		sort.Strings(files)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil || !buildable(f) {
				continue
			}
			for _, d := range af.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || !fd.Name.IsExported() || fd.Body == nil {
					continue
				}
				// A method of an exported type: named as gc names it (`(*Builder).WriteByte`,
				// `Duration.String`), its receiver the first parameter.
				name := fd.Name.Name
				fields := fd.Type.Params.List
				if fd.Recv != nil {
					recv := fd.Recv.List[0]
					base, star := recv.Type, false
					if st, ok := base.(*ast.StarExpr); ok {
						base, star = st.X, true
					}
					id, ok := base.(*ast.Ident)
					if !ok || !id.IsExported() {
						continue
					}
					if star {
						name = "(*" + id.Name + ")." + name
					} else {
						name = id.Name + "." + name
					}
					fields = append([]*ast.Field{recv}, fields...)
				}
				variadic := false
				var words []string
				for _, field := range fields {
					if _, ok := field.Type.(*ast.Ellipsis); ok {
						variadic = true
					}
					names := field.Names
					if len(names) == 0 {
						names = []*ast.Ident{nil}
					}
					for _, n := range names {
						if n == nil {
							words = append(words, "?")
							continue
						}
						p := fset.Position(n.Pos())
						words = append(words, param(n.Name, msgs[pos{filepath.Clean(p.Filename), p.Line, p.Column}], field.Type))
					}
				}
				if variadic {
					continue
				}
				in := "-"
				if c, ok := inline[name]; ok {
					in = c
				}
				// A generic function is compiled only where it is instantiated.
				if fd.Type.TypeParams != nil {
					in = "?"
					for i := range words {
						words[i] = "?"
					}
				}
				out = append(out, fmt.Sprintf("%s.%s inline=%s %s", pkg, name, in, strings.Join(words, " ")))
			}
		}
	}
	sort.Strings(out)
	fmt.Println("# gc 1.27.3's escape facts for library functions: go run scripts/gen-escape-tags.go")
	for _, l := range out {
		fmt.Println(strings.TrimSpace(l))
	}
}

// param is the word for parameter `name` given gc's messages at its position.
func param(name string, msgs []string, typ ast.Expr) string {
	var words []string
	for _, m := range msgs {
		switch {
		case noEsc.MatchString(m) && noEsc.FindStringSubmatch(m)[1] == name:
			return "-"
		case leakRes.MatchString(m):
			s := leakRes.FindStringSubmatch(m)
			if s[1] != name {
				continue
			}
			r := strings.TrimPrefix(s[2], "~r")
			words = append(words, "r"+r+":"+s[3])
		case mutates.MatchString(m) && mutates.FindStringSubmatch(m)[1] == name:
			words = append(words, "m"+mutates.FindStringSubmatch(m)[2])
		case calls.MatchString(m) && calls.FindStringSubmatch(m)[1] == name:
			words = append(words, "c"+calls.FindStringSubmatch(m)[2])
		case leakHeap.MatchString(m) && leakHeap.FindStringSubmatch(m)[1] == name:
			words = append(words, "h0")
		case leakCont.MatchString(m) && leakCont.FindStringSubmatch(m)[1] == name:
			words = append(words, "h1")
		}
	}
	if len(words) == 0 {
		if scalar(typ) {
			return "-"
		}
		return "?"
	}
	return strings.Join(words, "+")
}

// scalar reports whether a parameter's type surely holds no pointers (gc prints nothing).
func scalar(t ast.Expr) bool {
	id, ok := t.(*ast.Ident)
	if !ok {
		return false
	}
	switch id.Name {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
		"uint64", "uintptr", "float32", "float64", "bool", "byte", "rune", "complex64", "complex128":
		return true
	}
	return false
}

// buildable reports whether file f is part of the linux/amd64 build (by `go list`).
var listed = map[string]bool{}

func buildable(f string) bool {
	dir := filepath.Dir(f)
	if _, ok := listed[dir]; !ok {
		listed[dir] = true
		for _, g := range strings.Fields(run("go", "list", "-f", "{{range .GoFiles}}{{.}} {{end}}", dir)) {
			listed[filepath.Join(dir, g)] = true
		}
	}
	return listed[f]
}

func run(name string, args ...string) string {
	cmd := exec.Command(name, args...)
	var b bytes.Buffer
	cmd.Stdout = &b
	cmd.Stderr = &b
	if err := cmd.Run(); err != nil && !strings.Contains(strings.Join(args, " "), "-m") {
		fmt.Fprintln(os.Stderr, name, args, err, b.String())
		os.Exit(1)
	}
	return b.String()
}
