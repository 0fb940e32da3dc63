package main

func f(a int, s string) {}

func main() { f() }
