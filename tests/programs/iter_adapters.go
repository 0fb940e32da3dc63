package main

import "fmt"

type Seq func(yield func(int) bool)

func Range(lo, hi int) Seq {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func FromSlice(xs []int) Seq {
	return func(yield func(int) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func (s Seq) Filter(keep func(int) bool) Seq {
	return func(yield func(int) bool) {
		s(func(v int) bool {
			if !keep(v) {
				return true
			}
			return yield(v)
		})
	}
}

func (s Seq) Map(f func(int) int) Seq {
	return func(yield func(int) bool) {
		s(func(v int) bool { return yield(f(v)) })
	}
}

func (s Seq) Take(n int) Seq {
	return func(yield func(int) bool) {
		if n <= 0 {
			return
		}
		i := 0
		s(func(v int) bool {
			i++
			return yield(v) && i < n
		})
	}
}

func Chain(seqs ...Seq) Seq {
	return func(yield func(int) bool) {
		for _, s := range seqs {
			stopped := false
			s(func(v int) bool {
				if !yield(v) {
					stopped = true
					return false
				}
				return true
			})
			if stopped {
				return
			}
		}
	}
}

func (s Seq) Collect() []int {
	var out []int
	for v := range s {
		out = append(out, v)
	}
	return out
}

func (s Seq) Sum() int {
	total := 0
	for v := range s {
		total += v
	}
	return total
}

func main() {
	even := func(x int) bool { return x%2 == 0 }
	square := func(x int) int { return x * x }

	fmt.Println(Range(0, 10).Collect())
	fmt.Println(Range(0, 10).Filter(even).Collect())
	fmt.Println(Range(0, 10).Filter(even).Map(square).Collect())
	fmt.Println(Range(1, 1000000).Map(square).Take(5).Collect())
	fmt.Println(Range(0, 3).Take(0).Collect() == nil)
	fmt.Println(Chain(Range(0, 3), FromSlice([]int{10, 20}), Range(7, 9)).Collect())
	fmt.Println(Chain(Range(0, 3), Range(100, 200)).Take(5).Collect())
	fmt.Println("sum of odd squares below 100:", Range(1, 100).Filter(func(x int) bool { return !even(x) }).Map(square).Sum())

	// Adapters compose lazily: count how many elements were produced.
	produced := 0
	counted := Seq(func(yield func(int) bool) {
		for i := 0; ; i++ {
			produced++
			if !yield(i) {
				return
			}
		}
	})
	for v := range counted.Filter(func(x int) bool { return x%7 == 3 }).Take(3) {
		fmt.Print(v, " ")
	}
	fmt.Println("produced", produced)
}
