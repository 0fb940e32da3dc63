package main

func main() {
	x := 3
	_ = x.(int)
	switch x.(type) {
	}
	var p *int
	_, _ = p.(any)
}
