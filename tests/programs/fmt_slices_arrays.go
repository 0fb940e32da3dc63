package main

import "fmt"

type ID uint16
type Tag string
type Row [3]int

func main() {
	ints := []int{1, -2, 300}
	fmt.Println(ints, len(ints))
	fmt.Printf("%v|%d|%x|%X|%o|%b\n", ints, ints, ints, ints, ints, ints)
	fmt.Printf("%5d|%-5d|%05d|%+d\n", ints, ints, ints, ints)
	fmt.Printf("%#v %T\n", ints, ints)

	arr := [4]int8{-128, 0, 1, 127}
	fmt.Printf("%v %d %x %#v %T\n", arr, arr, arr, arr, arr)

	strs := []string{"go", "is", "fun", ""}
	fmt.Printf("%v|%s|%q|%x|%X\n", strs, strs, strs, strs, strs)
	fmt.Printf("%6s|%-6s|%#v\n", strs, strs, strs)

	bs := []byte("Hi\x00!")
	fmt.Printf("%v|%s|%q|%x|% x|%X|%d\n", bs, bs, bs, bs, bs, bs, bs)
	fmt.Printf("%#v %T\n", bs, bs)
	barr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%v %s %x %q %#v\n", barr, barr, barr, barr, barr)

	runes := []rune("añ世")
	fmt.Printf("%v|%c|%q|%U|%x\n", runes, runes, runes, runes, runes)
	fmt.Printf("%#v %T\n", runes, runes)

	bools := [2]bool{true, false}
	fmt.Printf("%v %t %#v\n", bools, bools, bools)

	ids := []ID{1, 65535}
	tags := []Tag{"a", "b c"}
	fmt.Println(ids, tags)
	fmt.Printf("%v %x %q %T %T\n", ids, ids, tags, ids, tags)
	fmt.Printf("%#v %#v\n", ids, tags)

	rows := []Row{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(rows)
	fmt.Printf("%v %+v %T\n", rows, rows, rows)
	fmt.Printf("%#v\n", rows)

	nested := [][]string{{"a", "b"}, {}, nil, {"c"}}
	fmt.Println(nested)
	fmt.Printf("%q\n%#v\n", nested, nested)

	u8s := []uint8{0, 15, 255}
	fmt.Printf("%v %08b %#x %#v\n", u8s, u8s, u8s, u8s)
	u64s := [2]uint64{0, 18446744073709551615}
	fmt.Printf("%v %x %#v\n", u64s, u64s, u64s)

	var empty [0]int
	fmt.Printf("%v %#v %T\n", empty, empty, empty)
	var ns []string
	fmt.Printf("%v %q %#v %T\n", ns, ns, ns, ns)

	s := fmt.Sprint(ints, "x", arr)
	t := fmt.Sprintln(strs, bools)
	u := fmt.Sprintf("%v/%v", rows[1], nested[0])
	fmt.Print(s, "\n", t, u, "\n")
	fmt.Printf("[%10v] [%-12v]\n", []int{1, 2}, [2]string{"x", "y"})
	fmt.Printf("%v %d\n", [2][2]int{{1, 2}, {3, 4}}, [][]int{{5}, {6, 7}})
}
