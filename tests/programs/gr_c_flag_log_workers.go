package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
	"sync"
)

func main() {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	workers := fs.Int("workers", 2, "number of workers")
	prefix := fs.String("prefix", "host", "hostname prefix")
	verbose := fs.Bool("v", false, "verbose")
	fs.SetOutput(os.Stdout)
	err := fs.Parse([]string{"-workers", "3", "-v", "-prefix=node", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"})
	if err != nil {
		fmt.Println("parse:", err)
		os.Exit(2)
	}
	lg := log.New(os.Stdout, "[scan] ", log.Lmsgprefix)
	lg.Printf("workers=%d prefix=%s verbose=%v targets=%d", *workers, *prefix, *verbose, fs.NArg())

	names := make([]string, fs.NArg())
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				ip := fs.Arg(i)
				last, _ := strconv.Atoi(ip[strings.LastIndex(ip, ".")+1:])
				names[i] = fmt.Sprintf("%s-%03d", *prefix, last*7)
			}
		}()
	}
	for i := 0; i < fs.NArg(); i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for i, n := range names {
		lg.Printf("%s => %s", fs.Arg(i), n)
	}
	err = fs.Parse([]string{"-bogus"})
	fmt.Println("bad flag error:", err)
	lg.SetFlags(0)
	lg.SetPrefix("fatal: ")
	lg.Fatalf("aborting after %d hosts", len(names))
}
