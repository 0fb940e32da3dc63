package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()

	// Byte offsets jump over multi-byte runes.
	var offsets []int
	for i := range s {
		offsets = append(offsets, i)
	}
	fmt.Println(offsets)

	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count)

	// Byte iteration with a classic loop.
	for i := 0; i < len("é世"); i++ {
		fmt.Printf("%02x ", "é世"[i])
	}
	fmt.Println()

	// Invalid UTF-8 yields U+FFFD, one byte at a time.
	bad := "a\xffb\xc3\x28c\xe4\xb8"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(len(bad), []rune(bad))

	// Emoji and 4-byte sequences.
	for i, r := range "a😀b" {
		fmt.Printf("%d %q %d\n", i, r, len(string(r)))
	}

	// Empty string.
	for i, r := range "" {
		fmt.Println("never", i, r)
	}

	// Converting ranged runes back into a string.
	var rev []rune
	for _, r := range "Grüße" {
		rev = append([]rune{r}, rev...)
	}
	fmt.Println(string(rev))

	// Counting categories.
	ascii, multi, invalid := 0, 0, 0
	for _, r := range "abc\u00e9\u4e16\x80z" {
		switch {
		case r == '\uFFFD':
			invalid++
		case r < 128:
			ascii++
		default:
			multi++
		}
	}
	fmt.Println(ascii, multi, invalid)

	// Range over a []byte conversion gives bytes, not runes.
	for i, b := range []byte("hé") {
		fmt.Print(i, "=", b, " ")
	}
	fmt.Println()

	// Range over []rune gives indexes by rune.
	for i, r := range []rune("hé世") {
		fmt.Print(i, "=", string(r), " ")
	}
	fmt.Println()

	// Range over a string variable that is reassigned in the loop.
	t := "abc"
	for i, r := range t {
		t = "zzzzzz"
		fmt.Print(i, string(r))
	}
	fmt.Println(" ", t)

	// Surrogate halves and out-of-range code points encoded by hand are invalid.
	sur := "\xed\xa0\x80x"
	for i, r := range sur {
		fmt.Printf("%d:%x ", i, r)
	}
	fmt.Println()
}
