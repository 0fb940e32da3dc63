package main

import (
	"fmt"
	"os"
	"strconv"
)

func mk(n int) (ch chan int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("mk(%d): %v", n, r)
		}
	}()
	return make(chan int, n), nil
}

func main() {
	for _, s := range []string{"0", "4", "-1"} {
		n, _ := strconv.Atoi(s)
		ch, err := mk(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("made cap", cap(ch))
	}
	size := len(os.Args) - 5
	fmt.Println("size", size)
	ch := make(chan int, size)
	fmt.Println("unreachable", cap(ch))
}
