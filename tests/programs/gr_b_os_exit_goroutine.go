package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("main defer must NOT run")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered line is lost")
	fmt.Println("direct line 1")
	errs := make(chan error)
	go func() {
		for e := range errs {
			fmt.Println("fatal:", e)
			fmt.Fprintln(os.Stderr, "exiting with 3")
			os.Exit(3)
		}
	}()
	go func() {
		time.Sleep(20 * time.Millisecond)
		errs <- fmt.Errorf("disk %s", "full")
	}()
	fmt.Println("direct line 2")
	select {}
}
