package main

import "fmt"

var _, x = say("a"), 3

func say(s string) int { fmt.Println(s); return 0 }
var y, _ = 4, 5
var p, q int
var r, s = two()

func two() (int, string) { return 1, "s" }

func main() { fmt.Println(x, y, p, q, r, s) }
