// The acceptance script: read stdin line by line, parse numbers and flags, walk a
// directory, run `sh -c`, print a tabwriter table.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

func main() {
	os.Args = []string{"report", "-min", "10", "-unit=ms", "extra"}
	minimum := flag.Int("min", 0, "smallest value to count")
	unit := flag.String("unit", "s", "unit of the values")
	flag.Parse()

	// stdin: "name value" lines; bad values are reported, not fatal.
	totals := map[string]int{}
	var bad []string
	sc := bufio.NewScanner(os.Stdin)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			continue
		}
		v, err := strconv.Atoi(f[1])
		if err != nil {
			bad = append(bad, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		if v >= *minimum {
			totals[f[0]] += v
		}
	}

	// A directory walk: sizes by extension.
	dir, err := os.MkdirTemp("", "script")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for i, name := range []string{"a.go", "b.go", "docs/c.md", "docs/deep/d.txt", "e.md"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(strings.Repeat("x", 10*(i+1))), 0o644)
	}
	sizes := map[string]int64{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		sizes[filepath.Ext(p)] += info.Size()
		return nil
	})

	// A command through the shell.
	out, err := exec.Command("sh", "-c", "printf '%s\\n' one two three | wc -l").Output()
	lines := strings.TrimSpace(string(out))

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\ttotal\tunit\t")
	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "%s\t%d\t%s\t\n", n, totals[n], *unit)
	}
	exts := make([]string, 0, len(sizes))
	for e := range sizes {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Fprintf(w, "%s\t%d\tbytes\t\n", e, sizes[e])
	}
	fmt.Fprintf(w, "sh\t%s\tlines\t\n", lines)
	w.Flush()
	for _, b := range bad {
		fmt.Println(b)
	}
	fmt.Println("args:", flag.Args(), err)
}
