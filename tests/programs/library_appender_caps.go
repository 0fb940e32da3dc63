// slices.Insert and slices.Replace, which gc never inlines, grow their argument on the heap
// as an append of everything they add at once: the capacity of what they return follows
// from the argument's, whether it grows or shifts in place. Other library appenders
// (strconv, utf8) appending to a variable itself.
package main

import (
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

func main() {
	words := []string{"apple", "banana", "cherry", "grape", "kiwi", "mango"}
	words = slices.Insert(words, 3, "fig")
	fmt.Println(words, len(words), cap(words))
	words = slices.Insert(words, 0, "date")
	fmt.Println(words, len(words), cap(words))

	nums := make([]int, 3, 5)
	nums = slices.Insert(nums, 1, 7)
	fmt.Println(nums, len(nums), cap(nums))
	nums = slices.Insert(nums, len(nums), 8, 9, 10)
	fmt.Println(nums, len(nums), cap(nums))

	s := []string{"a", "b", "c"}
	s = slices.Replace(s, 1, 2, "x", "y", "z")
	fmt.Println(s, len(s), cap(s))
	s = slices.Replace(s, 0, 3, "q")
	fmt.Println(s, len(s), cap(s))

	w := []int{1, 2, 3, 4, 5, 6}
	w = slices.Insert(w, 2, 7, 8)
	fmt.Println(w, len(w), cap(w))
	v := slices.Insert(w, 0, 1)
	fmt.Println(v, len(v), cap(v), w)

	// Spare capacity: the insert shifts the elements in place, and a copy sees it.
	big := make([]byte, 4, 64)
	copy(big, "abcd")
	view := big
	big = slices.Insert(big, 1, 'X')
	fmt.Println(string(big), string(view), cap(big))

	var b []byte
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = utf8.AppendRune(b, ' ')
	b = utf8.AppendRune(b, 'é')
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b), len(b))
}
