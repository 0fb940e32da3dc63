package main

func f(a int, xs ...int) {}

func main() { f() }
