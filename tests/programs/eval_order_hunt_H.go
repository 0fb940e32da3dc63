package main

func main() {
	s := []int{1}
	i, j := 5, 7
	s[i] = s[j]
}
