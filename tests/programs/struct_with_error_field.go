package main

type Result struct {
	Val int
	Err error
}

func main() {
	r := Result{Val: 1}
	println(r.Val)
}
