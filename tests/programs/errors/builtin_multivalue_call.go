package main

func two() (int, float64)          { return 3, 7 }
func three() ([]int, []int, []int) { return nil, nil, nil }
func one() []int                   { return nil }
func none()                        {}
func chans() (chan int, int)        { return nil, 0 }
func mk() (map[string]int, int)    { return nil, 1 }
func strs() (string, bool)         { return "", false }

func main() {
	_ = max(two())
	_ = copy(three())
	_ = copy(one())
	delete(mk())
	print(none())
	_ = min(none())
	_ = min(strs())
	_ = len(two())
	_ = cap(two())
	close(chans())
	panic(two())
	clear(two())
	_ = recover(two())
}
