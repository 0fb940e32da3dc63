package main

var x, y = f()

func f() (int, int) { return y, 1 }

func main() {}
