package main

func main() {
	var a any
	switch a {
	case []int{}:
	case 1:
	}
}
