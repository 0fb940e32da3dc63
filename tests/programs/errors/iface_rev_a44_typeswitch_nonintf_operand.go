package main

type T struct{}

func main() {
	var t T
	switch v := t.(type) {
	case int:
		_ = v
	}
	switch (*T)(nil).(type) {
	}
}
