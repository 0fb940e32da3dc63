package main

func main() {
	var a any
	_ = a.(type)
	x := a.(type)
	_ = x
	if a.(type) == nil {
	}
}
