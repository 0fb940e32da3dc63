package main

import "os"

const tc int = 2

var gv = 3

type T struct{ x int }

func (T) M() {}

func main() {
	v := 1
	var t T
	var a1 v
	var a2 gv
	var a3 tc
	var a4 len
	var a5 os.Args
	var a6 t.x
	var a7 t.M
	var a8 T.M
	_, _, _, _, _, _, _, _ = a1, a2, a3, a4, a5, a6, a7, a8
}

func g(p int) (res int) {
	var x p
	var y res
	var z nil
	_, _, _ = x, y, z
	return
}
