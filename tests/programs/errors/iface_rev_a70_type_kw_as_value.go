package main

func main() {
	var a any
	switch v := a.(type) {
	case int:
		_ = v.(type)
	}
}
