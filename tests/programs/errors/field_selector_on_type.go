package main

import "fmt"

type Config struct {
	name  string
	level int
}

func main() {
	c := Config{"x", 1}
	fmt.Println(c.name, Config.level)
}
