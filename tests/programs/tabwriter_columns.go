package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "NAME\tSIZE\tMODIFIED\t")
	fmt.Fprintln(w, "main.go\t1234\t2024-01-01\t")
	fmt.Fprintln(w, "a-much-longer-name.txt\t5\t2023-12-31\t")
	fmt.Fprintln(w, "naïve\t€€\tx")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprintln(w, "no tabs here")
	fmt.Fprintln(w, "1\t22\t333\t4444\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tcol")
	fmt.Fprintln(w, "\t\tdeeper\tx")
	fmt.Fprintln(w, "top\tlevel")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	fmt.Fprint(w, "a\t\tb\n")
	fmt.Fprint(w, "aa\t\tbb\n")
	fmt.Fprint(w, "aaa\t\v\tbbb\f")
	fmt.Fprint(w, "after\tformfeed\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tx")
	fmt.Fprintln(w, "plain\t\xffesc\taped\xff\ty")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "\xffkeep\tme\xff\tz")
	fmt.Fprintln(w, "q\tr")
	fmt.Fprint(w, "unterminated\tlast")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 10, 8, 0, '\t', 0)
	for i := 0; i < 4; i++ {
		fmt.Fprintf(w, "%s\t%d\t%s\n", strings.Repeat("x", i*4), i*i*100, "end")
	}
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, '\t', 0)
	fmt.Fprintln(w, "zero\ttabwidth")
	w.Flush()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
	}()
}
