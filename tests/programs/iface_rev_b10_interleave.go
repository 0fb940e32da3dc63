package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 20000; i++ {
		if i%3 == 0 {
			fmt.Fprintln(os.Stderr, "err", i)
		} else if i%3 == 1 {
			n, err := fmt.Println("out", i)
			if n != len(fmt.Sprintln("out", i)) || err != nil {
				fmt.Fprintln(os.Stderr, "BAD", n, err)
			}
		} else {
			os.Stderr.WriteString("ws\n")
			fmt.Print("p", i, "\n")
		}
	}
	panic(fmt.Sprintf("end %d", 20000))
}
