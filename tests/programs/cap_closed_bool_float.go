package main

import "fmt"

// bool (1 byte, K=32) and float64 (8 bytes, K=4).
func main() {
	var b []bool
	for i := 0; i < 40; i++ {
		b = append(b, i%3 == 0)
		fmt.Println("bool", i, len(b), cap(b), b[i])
	}
	var f []float64
	for i := 0; i < 20; i++ {
		f = append(f, float64(i)/2)
		fmt.Println("f64", i, len(f), cap(f), f[i])
	}
}
