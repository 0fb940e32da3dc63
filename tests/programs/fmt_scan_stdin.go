package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("err", err)
			return
		}
		sum += x
	}
	fmt.Println("sum", sum)
	var name string
	k, err := fmt.Scanln(&name)
	fmt.Println(k, err, name)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Printf("rest %q\n", sc.Text())
	}
	var z int
	fmt.Println(fmt.Scan(&z))
}
