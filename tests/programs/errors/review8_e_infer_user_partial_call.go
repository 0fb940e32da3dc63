package main

func Conv[From, To, Extra any](f From) To {
	var t To
	return t
}

func main() { _ = Conv[int](1) }
