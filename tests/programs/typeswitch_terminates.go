package main

func kind(v any) string {
	switch v.(type) {
	case int:
		return "int"
	default:
		return "other"
	}
}

func main() { println(kind(1)) }
