package main

var sink int

type S struct{ arr [3]int }

//go:noinline
func opaque(x int) int { return x }

//go:noinline
func getS() *S { return &S{} }

//go:noinline
func getP() *[5]int { return &[5]int{} }

func leaf(x int) int { return x + 1 }

func lc1(a [4][3]int) int     { return len(a[opaque(1)]) }
func lc2() int                { return len([2]int{opaque(1), 2}) }
func lc3() int                { return len(getS().arr) }
func lc4() int                { return len(*getP()) }
func lc5() int                { return cap(getP()) }
func lc6(a [4][3]int) int     { return len(a[leaf(1)]) }
func lc7(m map[int][4]int) int { return len(m[opaque(2)]) }
func lc8() int                { if len(getP()) == 5 { return 1 }; return 2 }
func lc9(f func() [3]int) int { return len(f()) + cap(f()) }
func lc10(ch chan [3]int) int { return len(<-ch) + len([1][3]int{<-ch}[0]) }
func lc11(a [4][3]int) int    { return len([2]int{len(a), opaque(3)}) }

func main() {
	defer func() {}()
	ch := make(chan [3]int, 3)
	ch <- [3]int{}
	ch <- [3]int{}
	sink = lc1([4][3]int{}) + lc2() + lc3() + lc4() + lc5() + lc6([4][3]int{}) + lc7(nil) + lc8() + lc9(func() [3]int { return [3]int{} }) + lc10(ch) + lc11([4][3]int{})
}
