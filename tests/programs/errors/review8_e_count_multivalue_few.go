package main

func two() (int, string) { return 1, "a" }

func f(a int, b string, c bool) {}

func main() { f(two()) }
