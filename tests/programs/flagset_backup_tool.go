package main

import (
	"bytes"
	"flag"
	"fmt"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return fmt.Errorf("empty exclude pattern")
	}
	*l = append(*l, v)
	return nil
}

func run(args []string) {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	var errBuf bytes.Buffer
	fs.SetOutput(&errBuf)
	dest := fs.String("dest", "/srv/backup", "destination `directory`")
	keep := fs.Int("keep", 7, "number of snapshots to keep")
	verbose := fs.Bool("v", false, "verbose output")
	compress := fs.Bool("z", true, "compress archives")
	level := fs.Uint("level", 6, "compression level")
	timeout := fs.Duration("timeout", 90*time.Second, "per-file timeout")
	ratio := fs.Float64("ratio", 0.5, "warn ratio")
	var excludes listFlag
	fs.Var(&excludes, "exclude", "pattern to exclude (repeatable)")

	fmt.Printf("args: %q\n", args)
	err := fs.Parse(args)
	if err != nil {
		msg := errBuf.String()
		first, _, _ := strings.Cut(msg, "\n")
		fmt.Printf("  error: %v\n  first stderr line: %s\n", err, first)
		fmt.Printf("  stderr lines: %d\n", strings.Count(msg, "\n"))
		return
	}
	fmt.Printf("  dest=%s keep=%d v=%t z=%t level=%d timeout=%v ratio=%g\n",
		*dest, *keep, *verbose, *compress, *level, *timeout, *ratio)
	fmt.Printf("  excludes=%v (%d) nflag=%d narg=%d rest=%q\n", excludes, len(excludes), fs.NFlag(), fs.NArg(), fs.Args())
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
	fmt.Printf("  visited: %s\n", strings.Join(set, " "))
	if *verbose {
		fs.VisitAll(func(f *flag.Flag) {
			fmt.Printf("    %-8s default=%-12q usage=%s\n", f.Name, f.DefValue, f.Usage)
		})
	}
	if fs.Parsed() && fs.Lookup("nope") == nil {
		fmt.Println("  lookup nope: nil")
	}
}

func main() {
	cases := [][]string{
		{},
		{"-dest", "/mnt/nas", "-keep=3", "-v", "home", "etc"},
		{"--z=false", "-level", "9", "-timeout", "2m30s", "-exclude", "*.tmp", "-exclude=*.swp"},
		{"-keep", "many"},
		{"-timeout", "soon"},
		{"-unknown"},
		{"-ratio", "1e-3", "--", "-v", "x"},
		{"-level", "-1"},
		{"-exclude="},
		{"-dest"},
		{"-v=maybe"},
		{"-h"},
		{"plain", "-v"},
	}
	for _, c := range cases {
		run(c)
	}
	fs := flag.NewFlagSet("usage-demo", flag.ContinueOnError)
	var out bytes.Buffer
	fs.SetOutput(&out)
	fs.String("dest", "/srv", "destination `directory`")
	fs.Int("keep", 7, "number of snapshots")
	fs.Bool("dry-run", false, "print actions only")
	fs.PrintDefaults()
	fmt.Print(out.String())
	name, usage := flag.UnquoteUsage(fs.Lookup("dest"))
	fmt.Printf("unquote: %q %q\n", name, usage)
}
