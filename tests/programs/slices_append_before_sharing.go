package main

import (
	"fmt"
	"os"
)

func main() {
	env := os.Environ()
	env = append(env, "A=1")
	var batch []int
	out := make(chan []int, 10)
	for i := 0; i < 7; i++ {
		batch = append(batch, i)
		if len(batch) == 3 {
			out <- batch
			batch = nil
		}
	}
	close(out)
	for b := range out {
		b = append(b, 100)
		fmt.Println(b)
	}
	fmt.Println(batch, env[len(env)-1])
}
