package main

import "fmt"

type User struct {
	Name string
	Age  int
	Name string
}

func main() {
	u := User{Age: 1, Age: 2}
	fmt.Println(u.Age)
}
