package main

func Conv[From, To any](f From) To {
	var t To
	return t
}

func main() {
	f := Conv[int]
	_ = f
}
