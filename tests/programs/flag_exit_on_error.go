package main

import (
	"flag"
	"fmt"
	"os"
)

// The command line's flag set exits with status 2 after a bad flag, printing the error and
// the usage (to stdout here, to compare it).
func main() {
	flag.CommandLine.SetOutput(os.Stdout)
	verbose := flag.Bool("verbose", false, "say more")
	out := flag.String("o", "a.out", "output `file`")
	os.Args = []string{"/usr/local/bin/tool", "-verbose", "-o", "x", "-bogus", "y"}
	flag.Parse()
	fmt.Println("not reached", *verbose, *out)
}
