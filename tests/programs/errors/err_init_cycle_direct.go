package main

var x = x
var p = q
var q = p
var r int = func() int { return r }()

func main() {}
