package main

import "fmt"

func f[F interface{ *Q }, Q any](q Q) string {
	return fmt.Sprintf("%T", q)
}

func main() {
	fmt.Println(f[*float64, float64](1))
}
