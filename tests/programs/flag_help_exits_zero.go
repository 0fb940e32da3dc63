package main

import (
	"flag"
	"fmt"
	"os"
)

// -h prints the usage (a program's own Usage here) and exits with status 0.
func main() {
	flag.CommandLine.SetOutput(os.Stdout)
	n := flag.Int("n", 10, "lines to print")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: %s [-n lines] file...\n", "head")
		flag.PrintDefaults()
	}
	os.Args = []string{"head", "-n", "3", "-h"}
	flag.Parse()
	fmt.Println("not reached", *n)
}
