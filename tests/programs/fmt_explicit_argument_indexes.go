package main

import "fmt"

func main() {
	fmt.Printf("%[1]s: ssh %[2]s@%[1]s -p %[3]d\n", "host", "admin", 22)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d %[1 %[]d\n", 1, 2)
	fmt.Printf("%[1]2d|%[1].2f|\n", 3, 4.5)
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%[1]d\n", 1, 2, 3)
	fmt.Printf("%.", 5)
	fmt.Println()
	fmt.Printf("%99999999d|\n", 5)
	fmt.Printf("%*d|%-*d|\n", 4, 1, 3, 2)
	fmt.Printf("%*d|\n", 10000000, 1)
	fmt.Printf("%.*f|\n", -3, 3.14159)
	s := fmt.Sprintf("%[2]v-%[1]v-%v", "a", "b")
	fmt.Println(s)
	fmt.Println(fmt.Errorf("%[2]s: %[1]w", fmt.Errorf("inner"), "outer"))
	f := "%[1]q %[1]v\n"
	fmt.Printf(f, "dyn")
	fmt.Printf("%[2]*[1]d|\n", 42, 6)
	fmt.Printf("%[1]*d|\n", 3, 7)
}
