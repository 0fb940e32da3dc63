package main

type Celsius float64

func main() {
	c := Celsius(1e21)
	panic(c * 3)
}
