package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct {
	next *T
	buf  [64]byte
}

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0, runtime.NumGoroutine())
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	var keep *T
	for i := 0; i < 200000; i++ {
		t := &T{next: keep}
		if i%1000 == 0 {
			keep = t
		}
	}
	s := strings.Repeat("x", 1<<20)
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC > before, m.NumForcedGC >= 1, m.HeapAlloc < 8<<20, m.TotalAlloc > 10<<20, m.Sys > m.HeapAlloc, m.Alloc == m.HeapAlloc)
	fmt.Println(m.Mallocs >= m.Frees, m.HeapObjects == m.Mallocs-m.Frees, m.PauseTotalNs > 0, m.LastGC > 0, m.EnableGC)
	n := 0
	for p := keep; p != nil; p = p.next {
		n++
	}
	fmt.Println(n, len(s))
	runtime.KeepAlive(keep)
	runtime.Gosched()
}
