package main

import "fmt"

func viaChan(c chan []int) []int { return <-c }

func viaIface(i any) []int { return i.([]int) }

func main() {
	base := make([]int, 1, 8)
	c := make(chan []int, 1)
	c <- base
	t := viaChan(c)
	t = append(t, 5)
	t[0] = 9
	fmt.Println(base[:2], t)
	u := viaIface(base)
	u = append(u, 6)
	u[0] = 3
	fmt.Println(base[:2], u)
}
